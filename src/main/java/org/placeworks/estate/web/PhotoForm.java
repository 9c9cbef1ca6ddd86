package org.placeworks.estate.web;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A photo added to an issue (multipart). */
public class PhotoForm {

    @RestForm
    public FileUpload photo;
}
