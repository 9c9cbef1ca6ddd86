// Run at the top of <body>, before the page draws: GOV.UK Frontend styles its components for JavaScript only when
// these classes are there. A file rather than an inline script, so the content security policy can forbid inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
