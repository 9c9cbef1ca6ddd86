// Starts GOV.UK Frontend's components on every page (loaded as a module, after the page).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// GOV.UK Frontend marks a radio or checkbox that reveals more questions with aria-expanded, an attribute
// ARIA does not allow on them (axe: aria-allowed-attr), so assistive technology may ignore or misread it.
// The revealed questions come straight after their choice, so they are read in order anyway: keep
// aria-controls, and drop aria-expanded from form inputs whenever Frontend sets it.
const dropExpanded = (element) => {
  if (element.tagName === 'INPUT' && element.hasAttribute('aria-expanded')) {
    element.removeAttribute('aria-expanded');
  }
};
document.querySelectorAll('input[aria-expanded]').forEach(dropExpanded);
new MutationObserver((changes) => changes.forEach((change) => dropExpanded(change.target)))
  .observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-expanded'] });
