/// The one script every page loads (deferred; the content security policy allows only own scripts): when a
/// refused form comes back, focus moves to its error summary, whose links lead to the fields, so a keyboard or
/// screen-reader user starts where the problems are; and a table wider than the screen, which then scrolls inside
/// itself, becomes a labelled region that takes focus, so it can be scrolled with the keyboard; on a points
/// vote the count of points left follows what is typed; and on a phone the header's menu folds behind a button.
package enum FormScript {
    package static let source = """
        document.addEventListener("DOMContentLoaded", function () {
          var summary = document.getElementById("foutmeldingen");
          if (summary) { summary.focus(); }
          // On a narrow screen the header's menu and account fold behind the "Menu" button.
          var toggle = document.querySelector("header.site .menu-toggle");
          var menu = document.getElementById("site-menu");
          if (toggle && menu) {
            toggle.hidden = false;
            toggle.parentElement.parentElement.classList.add("menu-ready");
            toggle.addEventListener("click", function () {
              var open = menu.classList.toggle("open");
              toggle.setAttribute("aria-expanded", open ? "true" : "false");
            });
          }
          // A points vote: the count of points left follows what is typed (the server wrote the first count).
          var counter = document.getElementById("punten-over");
          if (counter) {
            var budget = parseInt(counter.getAttribute("data-budget"), 10);
            var fields = document.querySelectorAll("input[data-punten]");
            var recount = function () {
              var given = 0;
              for (var k = 0; k < fields.length; k++) {
                var value = parseInt(fields[k].value, 10);
                if (!isNaN(value) && value > 0) { given += value; }
              }
              var left = budget - given;
              counter.textContent = left >= 0
                ? "Nog " + left + (left === 1 ? " punt" : " punten") + " over."
                : (-left) + (left === -1 ? " punt" : " punten") + " te veel verdeeld.";
              counter.className = left < 0 ? "counter counter--over" : "counter";
            };
            for (var j = 0; j < fields.length; j++) { fields[j].addEventListener("input", recount); }
          }
          // Each table in a scroll container; one that is wider than the screen becomes a labelled region that takes
          // focus (the table keeps its own role), so it scrolls inside itself, also with the keyboard.
          var tables = document.querySelectorAll("main table");
          for (var i = 0; i < tables.length; i++) {
            var table = tables[i];
            if (table.parentNode.classList && table.parentNode.classList.contains("table-scroll")) { continue; }
            var wrapper = document.createElement("div");
            wrapper.className = "table-scroll";
            table.parentNode.insertBefore(wrapper, table);
            wrapper.appendChild(table);
            if (wrapper.scrollWidth > wrapper.clientWidth) {
              var caption = table.querySelector("caption");
              wrapper.setAttribute("role", "region");
              wrapper.setAttribute("tabindex", "0");
              wrapper.setAttribute("aria-label", caption ? caption.textContent : "Tabel");
            }
          }
        });
        """
}
