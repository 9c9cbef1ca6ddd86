/**
 * Subject access (UK GDPR Art. 15): the data protection officer logs a person's request for everything held about
 * them, with its one-month due date; compiles it from every feature's public subject access reads (family, caf,
 * document, panel, grant, intelligence, audit), redacted by default (reporters, third parties); reviews it item by
 * item; releases it; and hands it over as JSON and an accessible PDF. Uses every feature's top-level API; nothing
 * depends on it.
 */
package org.placeworks.subjectaccess;
