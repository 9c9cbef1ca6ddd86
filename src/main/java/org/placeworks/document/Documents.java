package org.placeworks.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.caf.CaseAccess;
import org.placeworks.caf.CaseAccess.CaseRef;
import org.placeworks.document.internal.Document;
import org.placeworks.document.internal.DocumentRepository;
import org.placeworks.document.internal.DocumentStores;
import org.placeworks.document.internal.FileType;
import org.placeworks.document.internal.StoredIn;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyHeader;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffName;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.Text;
import org.placeworks.shared.Today;

/**
 * Documents on a case or a family. Who may see them is who may see the case (the case gate: 404 for a
 * case the reader may not know, 403 for one they only know exists) or the family (the family's rule);
 * who may add one is who may record contacts on the case, or change the family. Access is settled before
 * anything sent is looked at. A file is checked by its content (never its name or declared type), kept
 * whole or not at all, and every upload, list, view and download is on the audit trail.
 */
@ApplicationScoped
public class Documents {

    /** The record kind of a document in the audit trail. */
    public static final String KIND = "document";
    /** The largest file accepted: 20 MB. */
    public static final long MAX_SIZE = 20L * 1024 * 1024;
    public static final String TOO_LARGE = "The file must be smaller than 20 MB";
    static final String ADD = "add documents to";

    @Inject
    CaseAccess cases;

    @Inject
    Families families;

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentStores stores;

    @Inject
    AuditTrail audit;

    @Inject
    AccessPolicy access;

    @Inject
    StaffDirectory staff;

    @Inject
    CurrentStaff current;

    @Inject
    Today today;

    /** What a document is kept on, as a page names it in a sentence and as a caption, and links back to it. */
    public record Holder(String name, String caption, String path) {
    }

    // --- Who may add ---------------------------------------------------------------------------

    /** The case, if the reader may add documents to it (403 or 404 otherwise): for a form before it opens or is read. */
    @Transactional
    public Holder mayAddToCase(UUID caseId) {
        CaseRef c = cases.recordable(caseId, ADD);
        return new Holder("case " + c.reference(), "Case " + c.reference(), "/cases/" + c.id());
    }

    /** The family, if the reader may add documents to it: whoever may change the family (403 or 404 otherwise). */
    @Transactional
    public Holder mayAddToFamily(UUID familyId) {
        FamilyHeader f = families.changeable(familyId);
        return new Holder("the " + f.name(), f.name(), "/families/" + f.id());
    }

    // --- Adding ------------------------------------------------------------------------------------

    @Transactional
    public DocumentView addToCase(UUID caseId, NewDocument upload) {
        CaseRef c = cases.recordable(caseId, ADD);
        Document document = save(c.id(), null, upload);
        audit.record(AuditAction.CREATE, KIND, document.id(), "Added \"" + document.title() + "\" to case " + c.reference());
        return document.view();
    }

    @Transactional
    public DocumentView addToFamily(UUID familyId, NewDocument upload) {
        FamilyHeader f = families.changeable(familyId);
        Document document = save(null, f.id(), upload);
        audit.record(AuditAction.CREATE, KIND, document.id(), "Added \"" + document.title() + "\" to the " + f.name());
        return document.view();
    }

    // --- Reading ----------------------------------------------------------------------------------

    /** A case's documents, newest first, for someone who sees the case in full; the list is audited. */
    @Transactional
    public List<DocumentView> ofCase(UUID caseId) {
        CaseRef c = cases.readable(caseId);
        List<DocumentView> found = documents.ofCase(c.id()).stream().map(Document::view).toList();
        audit.record(AuditAction.VIEW, KIND, c.id(), "Listed " + found.size() + " documents of case " + c.reference());
        return found;
    }

    /** A family's own documents, newest first, for someone who may see the family; the list is audited. */
    @Transactional
    public List<DocumentView> ofFamily(UUID familyId) {
        FamilyHeader f = families.readable(familyId);
        List<DocumentView> found = documents.ofFamily(f.id()).stream().map(Document::view).toList();
        audit.record(AuditAction.VIEW, KIND, f.id(), "Listed " + found.size() + " documents of the " + f.name());
        return found;
    }

    /**
     * Subject access: the details (never the bytes) of the family's own documents and of those on these cases, for the
     * data protection officer only (the access policy decides; 404 for anyone else); audited as an export.
     */
    @Transactional
    public List<DocumentView> forSubjectAccess(UUID familyId, java.util.Collection<UUID> caseIds) {
        access.requireSubjectAccessOfficer();
        List<DocumentView> found = new java.util.ArrayList<>(documents.ofFamily(familyId).stream().map(Document::view).toList());
        caseIds.forEach(caseId -> found.addAll(documents.ofCase(caseId).stream().map(Document::view).toList()));
        found.forEach(d -> audit.record(AuditAction.EXPORT, KIND, d.id(), "Listed \"" + d.title() + "\" for a subject access request"));
        return found;
    }

    /**
     * For the case or family page, which has already checked the reader and audited the view: the list
     * of titles and dates is part of that page, and each download is audited on its own.
     */
    @Transactional
    public List<DocumentView> forCasePage(UUID caseId) {
        return documents.ofCase(caseId).stream().map(Document::view).toList();
    }

    @Transactional
    public List<DocumentView> forFamilyPage(UUID familyId) {
        return documents.ofFamily(familyId).stream().map(Document::view).toList();
    }

    /** Whether the reader may add documents to the family, asked without refusing: for the family page's link. */
    @Transactional
    public boolean canAddToFamily(UUID familyId) {
        return families.mayChange(familyId);
    }

    /** One document's details, for someone who may see what it is kept on; audited. */
    @Transactional
    public DocumentView document(UUID documentId) {
        Document document = visible(documentId);
        audit.record(AuditAction.VIEW, KIND, document.id(), "Viewed the details of \"" + document.title() + "\"");
        return document.view();
    }

    /** The document's bytes, for someone who may see what it is kept on; every download is audited. */
    @Transactional
    public DocumentContent download(UUID documentId) {
        Document document = visible(documentId);
        InputStream stream;
        try {
            stream = stores.open(document.id(), document.storedIn());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.VIEW, KIND, document.id(), "Downloaded \"" + document.title() + "\"");
        return new DocumentContent(document.view(), stream);
    }

    /** The document if the reader may see its case or family: the same 404 or 403 as the case or family itself. */
    private Document visible(UUID documentId) {
        Document document = documents.findByIdOptional(documentId).orElseThrow(() -> new NotFound(KIND, documentId));
        if (document.caseId() != null) {
            cases.readable(document.caseId());
        } else {
            families.readable(document.familyId());
        }
        return document;
    }

    // --- Checking and storing ----------------------------------------------------------------------

    private Document save(UUID caseId, UUID familyId, NewDocument upload) {
        Map<String, String> problems = new LinkedHashMap<>();
        String title = upload.title() == null ? "" : upload.title().strip();
        Optional<String> titleProblem = Text.problem("Title", title, Text.SHORT);
        if (title.isEmpty()) {
            problems.put("title", "Enter a title for the document, like Signed consent form");
        } else if (titleProblem.isPresent()) {
            problems.put("title", titleProblem.get());
        }
        if (upload.kind() == null) {
            problems.put("kind", "Select what kind of document this is");
        }
        Document.Checked file = check(upload, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        StoredIn where = stores.forNew();
        Document document = new Document(caseId, familyId, title, upload.kind(), safeName(upload.fileName(), title, file.type()),
                file, where, access.staffFacts().staffId(), uploaderName(), today.instant());
        documents.persist(document);
        documents.flush(); // the row first: the bytes refer to it
        try (InputStream in = Files.newInputStream(upload.file())) {
            stores.put(document.id(), where, in, file.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document;
    }

    /**
     * The file's type by its content, its size and digest, read as a stream. A missing or empty file is 422;
     * a file too large is 413 and one of a type not accepted 415, each naming the file field (with any other
     * problems of the form).
     */
    private static Document.Checked check(NewDocument upload, Map<String, String> problems) {
        Path path = upload.file();
        try {
            if (path == null || !Files.exists(path) || (Files.size(path) == 0 && blank(upload.fileName()))) {
                problems.put(FileRefused.FIELD, "Select a file to upload");
                return null;
            }
            long size = Files.size(path);
            if (size == 0) {
                problems.put(FileRefused.FIELD, "The selected file is empty");
                return null;
            }
            if (size > MAX_SIZE) {
                problems.put(FileRefused.FIELD, TOO_LARGE);
                throw new FileRefused(413, problems);
            }
            Optional<FileType> type = FileType.of(path);
            if (type.isEmpty()) {
                problems.put(FileRefused.FIELD, "The selected file must be " + FileType.ACCEPTED);
                throw new FileRefused(415, problems);
            }
            return new Document.Checked(type.get(), size, sha256(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path path) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * The name the document downloads under: the uploaded name without any folder, reduced to letters, digits,
     * spaces, dots, dashes and underscores, with the extension of the type its content has (so a PDF named
     * report.exe downloads as report.pdf). With nothing left, the title stands in.
     */
    static String safeName(String uploaded, String title, FileType type) {
        String name = uploaded == null ? "" : uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9 ._-]", "_").replaceAll("^[ ._]+", "").strip();
        if (base.isEmpty() || base.chars().allMatch(c -> c == '_')) {
            base = title.replaceAll("[^A-Za-z0-9 ._-]", "_").replaceAll("^[ ._]+", "").strip();
        }
        if (base.isEmpty()) {
            base = "document";
        }
        if (base.length() > 100) {
            base = base.substring(0, 100).strip();
        }
        return base + "." + type.extension();
    }

    private String uploaderName() {
        UUID me = access.staffFacts().staffId();
        if (me != null) {
            StaffName name = staff.names(Set.of(me)).get(me);
            if (name != null) {
                return name.name();
            }
        }
        return current.displayName();
    }

    // --- Disposal ------------------------------------------------------------------------------

    /**
     * Removes every document on the family or its cases, within the caller's transaction (the data protection
     * officer's approved disposal, whose caller has asked the retention gate): rows and bytes held in PostgreSQL now,
     * files in the directory once the transaction commits. Answers how many documents went. The disposal writes its
     * own audit entry; one per document here would name the record being disposed of.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int disposeOf(UUID familyId, java.util.Collection<UUID> caseIds) {
        access.requireRetentionOfficer();
        var held = documents.ofFamilyOrCases(familyId, caseIds);
        for (var document : held) {
            stores.removeAfterCommit(document.id(), document.storedIn());
            documents.delete(document);
        }
        documents.flush();
        return held.size();
    }
}
