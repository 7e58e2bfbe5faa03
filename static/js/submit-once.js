// Progressive enhancement: a wizard step is sent once. The first tap on the send button disables it
// and says it is sending; more taps while a slow connection waits do nothing. Without this file the
// server still saves a form once (feedback/wizards.py) and shows the code on every repeat.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("form[data-submit-once]"), function (form) {
    var sending = false;
    form.addEventListener("submit", function (event) {
      if (event.defaultPrevented) { return; } // uploads.js still making a photo smaller: not sent yet
      if (sending) {
        event.preventDefault();
        return;
      }
      sending = true;
      var button = event.submitter;
      // Only the unnamed send button: a named one ("Back") must stay enabled to be sent with the form.
      if (button && !button.name && button.hasAttribute("data-sending-label")) {
        button.setAttribute("data-label", button.textContent);
        button.textContent = button.getAttribute("data-sending-label");
        button.disabled = true;
      }
    });
    // Back to this page from the browser's history (bfcache): the form can be sent again.
    window.addEventListener("pageshow", function (event) {
      if (!event.persisted) { return; }
      sending = false;
      Array.prototype.forEach.call(form.querySelectorAll("button[data-label]"), function (button) {
        button.textContent = button.getAttribute("data-label");
        button.removeAttribute("data-label");
        button.disabled = false;
      });
    });
  });
})();
