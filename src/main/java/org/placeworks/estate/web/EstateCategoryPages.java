package org.placeworks.estate.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.estate.CategorySetting;
import org.placeworks.estate.EstateCategory;
import org.placeworks.estate.EstateIssues;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/** For administrators: each estate issue category's responsible service and target time in working days. */
@Path("/admin/estate-categories")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class EstateCategoryPages {

    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(85, "/admin/estate-categories", "Estate categories",
            "Estate issue categories", "Which service is responsible for each kind of estate issue, and its target in working days.",
            java.util.Set.of(Roles.ADMIN));

    @Inject
    EstateIssues issues;

    @Inject
    Services services;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<CategorySetting> categories);

        static native TemplateInstance edit(CategorySetting category, Form form, List<Option> services, FormErrors errors);
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(issues.categories());
    }

    @GET
    @Path("{code}")
    public TemplateInstance edit(@RestPath String code) {
        CategorySetting setting = setting(code);
        Form form = Form.empty().with("responsibleServiceId", setting.responsibleServiceId())
                .with("targetWorkingDays", setting.targetWorkingDays()).with("version", issues.categoryVersion(setting.category()));
        return Templates.edit(setting, form, serviceOptions(), FormErrors.none());
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath String code, MultivaluedMap<String, String> body) {
        CategorySetting setting = setting(code);
        Form form = Form.of(body);
        return FormPost.save("/admin/estate-categories", "stale", () -> {
            var service = form.uuid("responsibleServiceId");
            Integer days = form.required(form.whole("targetWorkingDays", "Target"), "targetWorkingDays",
                    "Enter the target in working days");
            form.check();
            issues.changeCategory(setting.category(), service, days, form.version());
        }, errors -> Templates.edit(setting, form, serviceOptions(), errors));
    }

    private CategorySetting setting(String code) {
        EstateCategory category = EstateCategory.fromCode(code).orElseThrow(() -> new NotFound("category", code));
        return issues.categories().stream().filter(c -> c.category() == category).findFirst()
                .orElseThrow(() -> new NotFound("category", code));
    }

    private List<Option> serviceOptions() {
        return services.services().stream().filter(s -> s.strands().contains(Strand.ESTATE_SERVICES))
                .map(s -> new Option(s.id().toString(), s.name())).toList();
    }
}
