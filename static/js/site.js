// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // On narrow screens the CSS folds the main menu behind its "Menu" button (js/has-js.js); open and close it.
  var button = document.querySelector(".main-nav__toggle");
  if (button) {
    button.addEventListener("click", function () {
      button.setAttribute("aria-expanded", String(button.getAttribute("aria-expanded") !== "true"));
    });
    window.matchMedia("(min-width: 48rem)").addEventListener("change", function () {
      button.setAttribute("aria-expanded", "false");
    });
  }

  // Suggestions under a search box (ARIA 1.2 combobox with a listbox): services from /cari/saran/.
  Array.prototype.forEach.call(document.querySelectorAll("input[data-suggest]"), function (input) {
    var list = document.createElement("ul");
    var status = document.createElement("span");
    var options = [], active = -1, timer, latest = 0;
    list.id = input.id + "-list";
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.getAttribute("data-suggest-label"));
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);

    var choose = function (index) {
      active = index;
      options.forEach(function (option, i) { option.setAttribute("aria-selected", String(i === index)); });
      if (index < 0) { input.removeAttribute("aria-activedescendant"); }
      else { input.setAttribute("aria-activedescendant", options[index].id); }
    };
    var show = function (items) {
      list.textContent = "";
      options = items.map(function (item, i) {
        var option = document.createElement("li");
        option.id = list.id + "-" + i;
        option.setAttribute("role", "option");
        option.textContent = item.title;
        option.setAttribute("data-url", item.url);
        // mousedown, not click: the input's blur would close the list before the click lands.
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          window.location.href = item.url;
        });
        list.appendChild(option);
        return option;
      });
      choose(-1);
      list.hidden = !options.length;
      input.setAttribute("aria-expanded", String(options.length > 0));
      status.textContent = options.length ? input.getAttribute("data-suggest-status") : "";
    };
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var query = input.value.trim();
      if (query.length < 2) { show([]); return; }
      timer = setTimeout(function () {
        var request = ++latest;
        fetch(input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(query))
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) { if (request === latest) { show(data.suggestions); } })
          .catch(function () { show([]); });
      }, 250);
    });
    input.addEventListener("keydown", function (event) {
      if ((event.key === "ArrowDown" || event.key === "ArrowUp") && options.length) {
        event.preventDefault();
        var step = event.key === "ArrowDown" ? 1 : options.length;  // positions: none, 0 … n-1
        choose((active + 1 + step) % (options.length + 1) - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = options[active].getAttribute("data-url");
      } else if (event.key === "Escape" && options.length) {
        event.preventDefault();
        show([]);
      }
    });
    input.addEventListener("blur", function () { show([]); });
  });

  // Move focus to a form's error summary so screen readers announce it.
  var summary = document.querySelector(".error-summary");
  if (summary) { summary.focus(); }
})();
