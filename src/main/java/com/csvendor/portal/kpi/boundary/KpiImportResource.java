package com.csvendor.portal.kpi.boundary;

import com.csvendor.portal.kpi.entity.ImportChannel;
import com.csvendor.portal.platform.ApiLocale;
import com.csvendor.portal.platform.Downloads;
import com.csvendor.portal.platform.xlsx.XlsxDocument;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("kpi-imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPI imports", description = "Upload the platforms' per-agent daily KPI exports (CSV, XLSX or a ZIP of them) and follow"
        + " each import: status, counts, row errors")
public class KpiImportResource {

    static final String XLSX = XlsxDocument.CONTENT_TYPE;
    static final String ZIP = "application/zip";
    static final String ZIP_WINDOWS = "application/x-zip-compressed";

    @EJB
    KpiImportService imports;

    @jakarta.inject.Inject
    KpiImportLauncher launcher;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a report as multipart/form-data: part 'file' (several 'file' parts, or a ZIP of reports,"
            + " are one import: all or nothing), optional fields 'store' (store code,"
            + " unless the file has a store column) and 'profile' (else detected from the headers). VENDOR_LEAD."
            + " Optional field 'replaceEmptier' (true/false, default false): allow empty cells to replace figures already"
            + " in the portal (otherwise such a row is an error)."
            + " 202 with the import; 200 with status DUPLICATE when the same bytes were imported before")
    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    @APIResponse(responseCode = "202", description = "Queued or running, with its Location",
            content = @Content(schema = @Schema(implementation = KpiImportView.class)))
    @APIResponse(responseCode = "200", description = "Finished already (DUPLICATE: the same bytes were imported before)",
            content = @Content(schema = @Schema(implementation = KpiImportView.class)))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(
            requiredProperties = "file", properties = {
                @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                        description = "The report: CSV, XLSX or a ZIP of reports (send several 'file' parts for several reports)"),
                @SchemaProperty(name = "store", type = SchemaType.STRING,
                        description = "Store code, unless the report has a store column"),
                @SchemaProperty(name = "profile", type = SchemaType.STRING,
                        description = "Import profile code (TAOBAO, JD…); detected from the headers when absent"),
                @SchemaProperty(name = "replaceEmptier", type = SchemaType.BOOLEAN,
                        description = "Let empty cells replace figures already in the portal (default false)")})))
    public Response uploadForm(List<EntityPart> parts) throws IOException {
        List<com.csvendor.portal.kpi.control.UploadStore.Part> files = parts.stream().filter(p -> p.getName().equals("file"))
                .map(p -> new com.csvendor.portal.kpi.control.UploadStore.Part(p.getFileName().orElse("upload"), p.getContent()))
                .toList();
        if (files.isEmpty()) {
            throw new InvalidInputException("file", "kpi.file.missing");
        }
        return accepted(launcher.uploadAll(files, text(parts, "store"), text(parts, "profile"),
                flag(text(parts, "replaceEmptier")), ImportChannel.API, ApiLocale.of(headers)));
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, XLSX, ZIP, ZIP_WINDOWS})
    @Operation(summary = "Upload a report as the request body (CSV text or XLSX bytes), or a ZIP of such reports"
            + " (imported all or nothing as one import, the files read in the ZIP's order), with query parameters"
            + " fileName, store, profile and replaceEmptier. VENDOR_LEAD. Same answers as the multipart form")
    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    @APIResponse(responseCode = "202", description = "Queued or running, with its Location",
            content = @Content(schema = @Schema(implementation = KpiImportView.class)))
    @APIResponse(responseCode = "200", description = "Finished already (DUPLICATE: the same bytes were imported before)",
            content = @Content(schema = @Schema(implementation = KpiImportView.class)))
    public Response uploadBody(InputStream body, @QueryParam("fileName") @DefaultValue("upload.csv") String fileName,
            @QueryParam("store") String store, @QueryParam("profile") String profile,
            @QueryParam("replaceEmptier") String replaceEmptier) {
        return accepted(launcher.upload(body, fileName, store, profile, flag(replaceEmptier), ImportChannel.API,
                ApiLocale.of(headers)));
    }

    /** A yes/no parameter: absent or empty is no; anything but true/false is refused rather than guessed. */
    private static boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException("replaceEmptier", "kpi.upload.notYesNo", value);
        };
    }

    @GET
    @Operation(summary = "Import history, newest first: a vendor lead's own, a store manager's stores', all for ADMIN")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME})
    public List<KpiImportView> history(@QueryParam("max") @DefaultValue("100") int max) {
        return imports.history(max, ApiLocale.of(headers));
    }

    @GET
    @Path("template.csv")
    @Produces("text/csv")
    @Operation(summary = "The portal's own report template (CSV, UTF-8 with BOM): lang=zh for Chinese headers")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME})
    public Response template(@QueryParam("lang") @DefaultValue("en") String lang) {
        boolean chinese = lang.toLowerCase(java.util.Locale.ROOT).startsWith("zh");
        return Response.ok(imports.template(chinese), "text/csv; charset=UTF-8").header("Content-Disposition",
                Downloads.attachment(chinese ? "KPI日报模板.csv" : "kpi-report-template.csv")).build();
    }

    @GET
    @Path("{id}/errors.csv")
    @Produces("text/csv")
    @Operation(summary = "Every row error of an import as CSV (row, column, value, reason) in the caller's language")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME})
    public Response errorReport(@PathParam("id") long id) {
        return Response.ok(imports.errorReport(id, ApiLocale.of(headers)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", Downloads.attachment("kpi-import-" + id + "-errors.csv")).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One import: status, progress, counts, dates, the first 100 row errors and unknown accounts")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME})
    public KpiImportView get(@PathParam("id") long id) {
        return imports.get(id, ApiLocale.of(headers));
    }

    @POST
    @Path("{id}/rerun")
    @Operation(summary = "Run a rejected or failed import again from its stored file, as a new import (VENDOR_LEAD)")
    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    @APIResponse(responseCode = "202", description = "Queued or running, with its Location",
            content = @Content(schema = @Schema(implementation = KpiImportView.class)))
    @APIResponse(responseCode = "200", description = "Finished already",
            content = @Content(schema = @Schema(implementation = KpiImportView.class)))
    public Response rerun(@PathParam("id") long id) {
        return accepted(launcher.rerun(id, ApiLocale.of(headers)));
    }

    @POST
    @Path("{id}/register-accounts")
    @Operation(summary = "Register the accounts the import found no agent for as agents of the caller's vendor"
            + " (VENDOR_LEAD); answers {\"registered\": n}. Then run the import again")
    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    public java.util.Map<String, Integer> registerAccounts(@PathParam("id") long id) {
        return java.util.Map.of("registered", imports.registerUnknownAccounts(id));
    }

    private Response accepted(KpiImportView view) {
        return Response.status(view.finished() ? Response.Status.OK : Response.Status.ACCEPTED)
                .location(uri.getBaseUriBuilder().path("kpi-imports").path(String.valueOf(view.id())).build())
                .entity(view).build();
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> p.getName().equals(name)).findFirst();
    }

    private static String text(List<EntityPart> parts, String name) {
        return part(parts, name).map(p -> {
            try {
                return p.getContent(String.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }
}
