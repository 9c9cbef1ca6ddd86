package org.placeworks.estate.web;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.placeworks.shared.web.Form;

/** The report form as posted (multipart, for its photo). */
public class ReportForm {

    @RestForm
    public String category;

    @RestForm
    public String where;

    @RestForm
    public String addressId;

    @RestForm
    public String q;

    @RestForm
    public String place;

    @RestForm
    public String placeDescription;

    @RestForm
    public String latitude;

    @RestForm
    public String longitude;

    @RestForm
    public String title;

    @RestForm
    public String description;

    @RestForm
    public String reporterName;

    @RestForm
    public String reporterEmail;

    @RestForm
    public String reporterPhone;

    @RestForm
    public FileUpload photo;

    /** The fields as the shared form reader reads them (and the page shows them again). */
    Form form() {
        return Form.empty().with("category", category).with("where", where).with("addressId", addressId).with("q", q)
                .with("place", place).with("placeDescription", placeDescription).with("latitude", latitude)
                .with("longitude", longitude).with("title", title).with("description", description)
                .with("reporterName", reporterName).with("reporterEmail", reporterEmail).with("reporterPhone", reporterPhone);
    }
}
