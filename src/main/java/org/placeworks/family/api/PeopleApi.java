package org.placeworks.family.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.placeworks.family.Families;
import org.placeworks.family.PersonMatch;
import org.placeworks.family.PersonSearch;
import org.placeworks.family.PersonView;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Text;
import org.placeworks.shared.TextLimit;

@Path("/api/v1/people")
@Tag(name = "People", description = "People in families: search before create, change, merge")
@RolesAllowed({ Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER })
@Produces(MediaType.APPLICATION_JSON)
public class PeopleApi {

    @Inject
    Families families;

    /** The record of the same person to merge into the one named in the path. */
    public record MergeRequest(UUID duplicatePersonId) {
    }

    @GET
    @Operation(summary = "Search people you may see: a spelling-tolerant name, a date of birth (YYYY-MM-DD), a postcode; closest first, at most 20")
    @APIResponse(responseCode = "200", description = "Matches you may see, closest first; a close match outside your boundary"
            + " comes only as heldBy and notice (the service to contact), with nothing about the person")
    @APIResponse(responseCode = "422", description = "No criterion, or a date or postcode that is not one")
    public List<PersonMatch> search(@RestQuery @TextLimit(Text.SEARCH) String name, @RestQuery @TextLimit(Text.SEARCH) String dateOfBirth,
            @RestQuery @TextLimit(Text.SEARCH) String postcode) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate born = PersonRequest.date("dateOfBirth", dateOfBirth, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return families.search(new PersonSearch(name, born, postcode));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A person (a merged record answers with the record it was merged into)")
    @APIResponse(responseCode = "404", description = "No such person, or their family is outside your boundary")
    public PersonView person(@RestPath UUID id) {
        return families.person(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a person's details; send the version you read")
    @APIResponse(responseCode = "409", description = "Someone else changed the person since you read them")
    @APIResponse(responseCode = "422", description = "Bad input, named field by field")
    public PersonView update(@RestPath UUID id, @Valid PersonRequest person) {
        if (person == null) {
            throw new InvalidInput("givenName", "Send the person's details");
        }
        return families.updatePerson(id, person.command());
    }

    @POST
    @Path("{id}/merges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge a duplicate record of the same person into this one")
    @APIResponse(responseCode = "200", description = "The record kept")
    public PersonView merge(@RestPath UUID id, MergeRequest merge) {
        families.personToChange(id);
        if (merge == null || merge.duplicatePersonId() == null) {
            throw new InvalidInput("duplicatePersonId", "Give the record to merge into this one");
        }
        return families.merge(id, merge.duplicatePersonId());
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return BodyErrors.unreadable(e);
    }
}
