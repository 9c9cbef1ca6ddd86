package org.placeworks.caf;

import java.time.LocalDate;
import java.util.Map;

/**
 * One child's own assessment: their strengths and needs per element, their voice, the day it was
 * completed (today when empty), and the case's version the worker saw. The scores of the child's
 * needs are the family assessment's and are not sent here.
 */
public record ChildAssessmentCommand(Map<CafElement, String> strengths, Map<CafElement, String> needs, String childsVoice,
        LocalDate completedOn, Long version) {
}
