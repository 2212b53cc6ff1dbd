package com.csvendor.portal.kpi.bench;

import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Api.Login;
import com.csvendor.portal.security.control.PasswordHasher;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The commands {@code src/test/scripts/bench-kpi-import.sh} runs on the test class path:
 * <pre>
 * hash PASSWORD                                   the stored form of a password (for the first admin)
 * seed --base URL --admin USER:PW --stores S --agents A --ids FILE
 * generate --rows N --first-date D --stores S --agents A --csv FILE [--tsv FILE --ids FILE] [--seed X]
 * columns                                         the LOAD DATA file's columns, comma-separated
 * hot-methods RECORDING.jfr [--top 15]            where the server's CPU went, from a flight recording
 * import --base URL --csv FILE [--multipart true] [--poll-ms 250]
 * </pre>
 * Not a test: a benchmark that runs on demand and prints its figures.
 */
public final class KpiBench {

    private KpiBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("command: hash | seed | generate | columns | hot-methods | import");
        }
        Map<String, String> opt = options(args);
        switch (args[0]) {
            case "hash" -> System.out.println(new PasswordHasher().hash(args[1].toCharArray()));
            case "seed" -> {
                String[] admin = opt.get("admin").split(":", 2);
                BenchIds ids = new BenchSeeder(api(opt), new Login(admin[0], admin[1]))
                        .seed(Integer.parseInt(opt.get("stores")), Integer.parseInt(opt.get("agents")));
                ids.save(Path.of(opt.get("ids")));
                System.out.printf("seeded vendor %d, %d stores, %d agents%n", ids.vendorId(), ids.stores(), ids.agents());
            }
            case "generate" -> generate(opt);
            case "columns" -> System.out.println(KpiFileGenerator.tsvColumns());
            case "hot-methods" -> JfrHotMethods.print(Path.of(args[1]), Integer.parseInt(opt.getOrDefault("top", "15")));
            case "import" -> {
                KpiImportRun.Result result = new KpiImportRun(api(opt), BenchSeeder.LEAD,
                        Long.parseLong(opt.getOrDefault("poll-ms", "250")), System.out)
                        .run(Path.of(opt.get("csv")), Boolean.parseBoolean(opt.getOrDefault("multipart", "false")));
                if (!result.status().equals("PUBLISHED")) {
                    System.out.println("import did not publish: " + result.last());
                }
                System.out.println(result.line());
                System.exit(result.status().equals("PUBLISHED") ? 0 : 3);
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static void generate(Map<String, String> opt) throws Exception {
        BenchShape shape = new BenchShape(Integer.parseInt(opt.get("stores")), Integer.parseInt(opt.get("agents")),
                LocalDate.parse(opt.get("first-date")), Long.parseLong(opt.get("rows")));
        KpiFileGenerator generator = new KpiFileGenerator(shape, Long.parseLong(opt.getOrDefault("seed", "20261121")));
        long start = System.nanoTime();
        if (opt.containsKey("tsv")) {
            generator.write(Path.of(opt.get("csv")), Path.of(opt.get("tsv")), BenchIds.load(Path.of(opt.get("ids"))));
        } else {
            generator.writeCsv(Path.of(opt.get("csv")));
        }
        System.out.printf("generated %d rows, %s to %s, in %.1f s%n", shape.rows(), shape.firstDate(),
                shape.lastDate(), (System.nanoTime() - start) / 1e9);
        System.out.println("LAST_DATE=" + shape.lastDate());
    }

    private static Api api(Map<String, String> opt) {
        String base = opt.get("base");
        return new Api(URI.create(base.endsWith("/") ? base : base + "/"));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].startsWith("--")) {
                opt.put(args[i].substring(2), args[++i]);
            }
        }
        return opt;
    }
}
