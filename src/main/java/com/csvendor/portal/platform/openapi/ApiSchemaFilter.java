package com.csvendor.portal.platform.openapi;

import com.csvendor.portal.platform.Problem;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Completes the OpenAPI document Payara's scanner writes (registered as {@code mp.openapi.filter}).
 * The scanner loses request bodies: a Bean Validation annotation it understands ({@code @Size},
 * {@code @NotBlank}…) creates the class's component schema holding only that property, and the
 * class itself is then never read, so {@code StoreForm} shows only {@code code} and {@code name};
 * it also merges classes of the same simple name ({@code AgentForm.Account}, {@code AgentView.Account}),
 * writes dates as objects and ids as plain numbers, knows no required property and names operations
 * by their Java method only ({@code get} eleven times). This filter keeps the scanner's paths,
 * summaries, tags and parameter descriptions and rebuilds from the resource methods themselves every
 * schema: parameters, request bodies and responses, with all components generated from the Java
 * classes as JSON-B writes them ({@link Schemas}). A new route or field needs nothing here.
 */
public class ApiSchemaFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        List<Class<?>> application = WarClasses.annotatedWith(ApplicationPath.class);
        if (application.size() != 1 || api.getPaths() == null) {
            return;
        }
        String base = application.get(0).getAnnotation(ApplicationPath.class).value();
        Schemas schemas = new Schemas();
        OperationSchemas operations = new OperationSchemas(schemas, schemas.of(Problem.class));
        Map<String, List<ApiRoute>> byRoute = ApiRoute.of(base, WarClasses.annotatedWith(Path.class)).stream()
                .collect(Collectors.groupingBy(ApiRoute::toString, TreeMap::new, Collectors.toList()));
        for (List<ApiRoute> same : byRoute.values()) {
            ApiRoute route = same.get(0);
            PathItem item = api.getPaths().getPathItem(route.path());
            Operation operation = item == null ? null
                    : item.getOperations().get(PathItem.HttpMethod.valueOf(route.httpMethod()));
            if (operation != null) {
                operations.complete(operation, same.stream().map(ApiRoute::method).toList());
            }
        }
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().setSchemas(schemas.components());
        if (api.getTags() != null) {
            // Several resources share a tag (Session): Payara lists it once per resource; a document may name it once.
            java.util.Map<String, org.eclipse.microprofile.openapi.models.tags.Tag> byName = new java.util.TreeMap<>();
            api.getTags().forEach(t -> byName.putIfAbsent(t.getName(), t));
            api.setTags(new java.util.ArrayList<>(byName.values()));
        }
    }
}
