// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // On narrow screens, fold the main menu behind a "Menu" button.
  var nav = document.getElementById("main-nav");
  var list = document.getElementById("main-nav-list");
  if (nav && list) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "main-nav__toggle";
    button.textContent = nav.getAttribute("data-toggle-label") || "Menu";
    button.setAttribute("aria-controls", list.id);
    var narrow = window.matchMedia("(max-width: 47.99rem)");
    var setOpen = function (open) {
      button.setAttribute("aria-expanded", String(open));
      list.hidden = !open && narrow.matches;
    };
    button.addEventListener("click", function () {
      setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    narrow.addEventListener("change", function () { setOpen(false); });
    nav.insertBefore(button, list);
    setOpen(false);
  }

  // Move focus to a form's error summary so screen readers announce it.
  var summary = document.querySelector(".error-summary");
  if (summary) { summary.focus(); }
})();
