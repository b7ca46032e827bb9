// Progressive enhancement only: every page works without JavaScript.
import { initAll } from "./govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

// The menu's filter form submits itself when a checkbox changes (htmx swaps in the results).
for (const form of document.querySelectorAll("form[data-arfer-autosubmit]")) {
  form.addEventListener("change", (event) => {
    if (event.target.matches("input[type=checkbox], select")) {
      form.requestSubmit();
    }
  });
}
