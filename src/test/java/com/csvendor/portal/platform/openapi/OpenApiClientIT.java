package com.csvendor.portal.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.client.ApiClient;
import com.csvendor.portal.client.api.ContractsApi;
import com.csvendor.portal.client.api.KpiImportsApi;
import com.csvendor.portal.client.api.StoresApi;
import com.csvendor.portal.client.api.UsersApi;
import com.csvendor.portal.client.api.VendorsApi;
import com.csvendor.portal.client.model.AgentForm;
import com.csvendor.portal.client.model.AgentFormAccount;
import com.csvendor.portal.client.model.ContractForm;
import com.csvendor.portal.client.model.ContractStatus;
import com.csvendor.portal.client.model.ContractView;
import com.csvendor.portal.client.model.KpiImportView;
import com.csvendor.portal.client.model.Platform;
import com.csvendor.portal.client.model.Role;
import com.csvendor.portal.client.model.StatusChangeForm;
import com.csvendor.portal.client.model.StoreForm;
import com.csvendor.portal.client.model.StoreView;
import com.csvendor.portal.client.model.TaxpayerType;
import com.csvendor.portal.client.model.UserForm;
import com.csvendor.portal.client.model.VendorForm;
import com.csvendor.portal.client.model.VendorView;
import com.csvendor.portal.contract.Terms;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Fixture;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriterFactory;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API contract from the outside: the running portal serves exactly the OpenAPI document kept in
 * src/test/resources/openapi/portal-api.json (so the client generated from that snapshot is the
 * client of /openapi), and that generated client does a newcomer's whole first day: a store, a
 * vendor, its lead and a store manager, an agent, a contract made active, and a KPI report uploaded
 * as a multipart form and imported. Data of its own: codes starting with H18A in a store of its own;
 * the contract runs to 2077, the report's day is a fixed past day (future days are refused).
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiClientIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private URI app;

    @BeforeEach
    void connect() {
        app = Deployments.onLoopback(base);
    }

    @Test
    void theLiveDocumentIsTheSnapshotTheClientIsGeneratedFrom() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.resolve("/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response::body);
        JsonObject live;
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            live = ApiDocument.comparable(reader.readObject());
        }
        if (!live.equals(ApiDocument.comparable(ApiDocument.snapshot()))) {
            Path written = Path.of("target", "openapi", "portal-api.json");
            Files.createDirectories(written.getParent());
            JsonWriterFactory pretty = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
            try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                pretty.createWriter(out).writeObject(live);
            }
            throw new AssertionError("/openapi differs from src/test/resources/" + ApiDocument.SNAPSHOT
                    + ". If the change is meant, refresh the snapshot: cp " + written + " src/test/resources/"
                    + ApiDocument.SNAPSHOT);
        }
    }

    @Test
    void aClientGeneratedFromTheDocumentCreatesAStoreVendorUsersContractAndImportsAReport() throws Exception {
        String suffix = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
        ApiClient admin = client("admin", "admin123");
        StoreView store = new StoresApi(admin).storeCreate(new StoreForm().code("H18A-" + suffix)
                .name("h18a 接口商店 " + suffix).platform(Platform.TMALL).timeZone("Asia/Shanghai"));
        assertEquals(Platform.TMALL, store.getPlatform());
        VendorView vendor = new VendorsApi(admin).vendorCreate(new VendorForm().name("h18a 接口客服 " + suffix)
                .legalName("h18a 接口客服有限公司 " + suffix).creditCode(new Fixture(new Api(app)).validCreditCode())
                .taxpayerType(TaxpayerType.GENERAL));
        UsersApi users = new UsersApi(admin);
        String manager = "h18a-mgr-" + suffix.toLowerCase();
        String lead = "h18a-lead-" + suffix.toLowerCase();
        users.userCreate(new UserForm().username(manager).displayName("h18a manager").password("h18a-pass-1")
                .roles(Set.of(Role.STORE_MANAGER)).storeIds(Set.of(store.getId())));
        assertEquals(vendor.getId(), users.userCreate(new UserForm().username(lead).displayName("h18a lead")
                .password("h18a-pass-1").roles(Set.of(Role.VENDOR_LEAD)).vendorId(vendor.getId())).getVendorId());

        ContractsApi contracts = new ContractsApi(client(manager, "h18a-pass-1"));
        ContractView draft = contracts.contractCreate(new ContractForm().storeId(store.getId()).vendorId(vendor.getId())
                .number("H18A-" + suffix).signedOn(LocalDate.of(2025, 12, 15)).terms(terms()));
        assertEquals(ContractStatus.DRAFT, draft.getStatus());
        ContractView active = contracts.contractChangeStatus(draft.getId(),
                new StatusChangeForm().status(ContractStatus.ACTIVE).version(draft.getVersion()));
        assertEquals(ContractStatus.ACTIVE, active.getStatus());

        ApiClient vendorLead = client(lead, "h18a-pass-1");
        new VendorsApi(vendorLead).vendorAddAgent(vendor.getId(), new AgentForm().displayName("h18a 小接")
                .accounts(List.of(new AgentFormAccount().storeId(store.getId()).accountName("h18a:" + suffix))));
        Path report = Files.createTempFile("h18a-report", ".csv");
        Files.writeString(report, "agent_account,date,received,inquiries,paid_buyers,sales_amount\n"
                + "h18a:" + suffix + ",2026-03-01,120,40,10,1234.50\n");
        KpiImportsApi imports = new KpiImportsApi(vendorLead);
        KpiImportView upload = imports.kpiImportUploadForm(report.toFile(), store.getCode(), null, false);
        Files.delete(report);
        KpiImportView done = upload;
        for (int i = 0; i < 120 && List.of("QUEUED", "RUNNING").contains(done.getStatus().getValue()); i++) {
            Thread.sleep(500);
            done = imports.kpiImportGet(upload.getId());
        }
        assertEquals("PUBLISHED", done.getStatus().getValue(), done::toString);
        assertEquals(1L, done.getRowsImported());
        assertEquals(LocalDate.of(2026, 3, 1), done.getFirstDate());
        assertTrue(imports.kpiImportHistory(10).stream().anyMatch(i -> i.getId().equals(upload.getId())));
    }

    /** The test's valid terms (a seat contract) from 2026 to 2077, handed to the generated model as JSON. */
    private static com.csvendor.portal.client.model.ContractTerms terms() throws IOException {
        com.csvendor.portal.contract.entity.ContractTerms terms = Terms.valid();
        terms.getPeriod().setStart(LocalDate.of(2026, 1, 1));
        terms.getPeriod().setEnd(LocalDate.of(2077, 12, 31));
        return new ApiClient().getObjectMapper().readValue(JsonbBuilder.create().toJson(terms),
                com.csvendor.portal.client.model.ContractTerms.class);
    }

    private ApiClient client(String user, String password) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(app.toString().replaceAll("/$", ""));
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", basic));
        return client;
    }
}
