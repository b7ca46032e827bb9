// Progressive enhancement only: every page works without JavaScript.
import { initAll } from "./govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

// The menu's filter form submits itself when a box is ticked; htmx sends it and swaps in the
// results. A select does not: arrow keys change its value and fire "change" at every step, so a
// keyboard user would reload the list for each option passed; its button applies it. Listening on
// the document rather than on the form keeps this working whenever htmx replaces the page's
// content (a history restore puts back a new form).
document.addEventListener("change", (event) => {
  const form = event.target.closest("form[data-arfer-autosubmit]");
  if (form && event.target.matches("input[type=checkbox]")) {
    form.requestSubmit();
  }
});
