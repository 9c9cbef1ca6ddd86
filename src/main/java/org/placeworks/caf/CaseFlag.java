package org.placeworks.caf;

/**
 * What someone who may only know that a case exists is told: who holds it and whom to contact,
 * and nothing of its content, so that work with the family is joined up without sharing it.
 */
public record CaseFlag(String service, String leadProfessional, String contact) {

    public String text() {
        if (leadProfessional == null) {
            return "Open early help case held by " + service + ", no lead professional yet, contact " + service;
        }
        return "Open early help case held by " + service + ", lead professional " + leadProfessional + ", contact " + contact;
    }
}
