// Starts GOV.UK Frontend's components on every page (loaded as a module, after the page).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();
