import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Source checks that neither the formatter nor Checkstyle can make, run by the build
 * ({@code ./mvnw verify}, phase process-sources) and by hand.
 *
 * <ul>
 *   <li>{@code check}: fails on (1) a type written with its package inside code ({@code java.util.List<X> x})
 *       where an import would do; (2) a comment that names a test class ({@code ...Test}, {@code ...Tests}) or
 *       links a type that does not exist; (3) a reference to an issue number ("issue 10", "#12") in a
 *       comment, a template, a message bundle or a document: comments say why, and issue numbers of the
 *       project's tracker mean nothing to a reader of the code. References to another project's issue
 *       ({@code owner/repo#55}) are sources and stay.</li>
 *   <li>{@code fix-imports}: replaces each such qualified name by its simple name and adds the import. A
 *       name stays qualified when its simple name is taken in that file: imported or declared there (a
 *       nested class or type parameter too), a class of the same package, a {@code java.lang} type, or two
 *       different types of that name qualified in the file. The check allows exactly those cases.</li>
 *   <li>{@code names}: lists the class-like names in comments that are no type of the project and not
 *       imported by the file, for a person to review (never fails).</li>
 * </ul>
 *
 * Runs on JDK 17 or newer as a single-file program: {@code java tools/SourceHygiene.java check}. Parsing
 * Java 21 code needs a JDK 21+ {@code java}: the build uses the toolchain's. Migrations
 * ({@code db/migration}) are never edited once committed, so their comments are not checked.
 */
public class SourceHygiene {

    static final List<String> JAVA_ROOTS = List.of("src/main/java", "src/test/java", "bench/src");
    static final List<String> TEXT_ROOTS = List.of("src/main/resources", "docs", "README.md", "bench", "pom.xml");

    /** Package roots whose dotted names in code are qualified type names, never field accesses. */
    static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jakarta", "jdk", "org", "com", "kz", "io", "net");

    /**
     * Test annotations and classes of the libraries the tests use, which comments name without importing
     * them (Spring Modulith's {@code @ApplicationModuleTest}, JUnit's {@code @ParameterizedTest}, ...), and
     * the Spring PetClinic test that STYLE.md cites as a model.
     */
    static final Set<String> KNOWN_TEST_NAMES = Set.of(
            "Test",
            "ApplicationModuleTest",
            "SpringBootTest",
            "ParameterizedTest",
            "RepeatedTest",
            "WebMvcTest",
            "DataJdbcTest",
            "JdbcTest",
            "TestFactory",
            "I18nPropertiesSyncTest",
            "AutoConfigureMockMvc");

    static final Pattern TEST_NAME = Pattern.compile("(?<![-*])\\b([A-Z][A-Za-z0-9]*Tests?)\\b");
    static final Pattern LINK = Pattern.compile("\\{@(?:link|linkplain)\\s+([A-Za-z_][\\w.]*)");
    static final Pattern ISSUE = Pattern.compile("(?i)\\bissues?\\s+#?\\d+|(?<![\\w/&#.-])#\\d{1,4}\\b(?![\\w-])");
    static final Pattern PROJECT_TYPE = Pattern.compile("\\bkz\\.qorgau(?:\\.[a-z][a-z0-9]*)*\\.([A-Z]\\w*)");
    static final Pattern CLASS_LIKE = Pattern.compile("(?<![-*])\\b([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+)\\b");

    final Path base;
    final List<Path> javaFiles = new ArrayList<>();
    final Map<Path, CompilationUnitTree> units = new LinkedHashMap<>();
    final Map<Path, String> sources = new HashMap<>();
    /** Simple names of every type the project declares (nested ones included). */
    final Set<String> projectTypes = new HashSet<>();
    /** Per package, the simple names of its top-level types. */
    final Map<String, Set<String>> packageTypes = new HashMap<>();

    Trees trees;
    final List<String> findings = new ArrayList<>();

    SourceHygiene(Path base) {
        this.base = base;
    }

    public static void main(String[] args) throws IOException {
        String mode = args.length > 0 ? args[0] : "check";
        Path base = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
        SourceHygiene hygiene = new SourceHygiene(base);
        hygiene.parse();
        switch (mode) {
            case "check" -> {
                hygiene.qualifiedNames(false);
                hygiene.comments();
                hygiene.issueReferences();
                if (!hygiene.findings.isEmpty()) {
                    hygiene.findings.forEach(System.err::println);
                    System.err.println(hygiene.findings.size() + " source hygiene finding(s); inline qualified names:"
                            + " ./mvnw -Pimports process-sources");
                    System.exit(1);
                }
                System.out.println("Source hygiene: " + hygiene.javaFiles.size() + " Java files checked, no finding.");
            }
            case "fix-imports" -> hygiene.qualifiedNames(true);
            case "names" -> hygiene.classLikeNames();
            default -> {
                System.err.println("usage: java tools/SourceHygiene.java check|fix-imports|names [base directory]");
                System.exit(2);
            }
        }
    }

    void parse() throws IOException {
        for (String root : JAVA_ROOTS) {
            Path dir = base.resolve(root);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(file -> file.toString().endsWith(".java"))
                            .sorted()
                            .forEach(javaFiles::add);
                }
            }
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        Iterable<? extends JavaFileObject> objects = files.getJavaFileObjectsFromPaths(javaFiles);
        JavacTask task = (JavacTask) compiler.getTask(null, files, null, List.of("-proc:none"), null, objects);
        trees = Trees.instance(task);
        for (CompilationUnitTree unit : task.parse()) {
            Path path = Path.of(unit.getSourceFile().toUri());
            units.put(path, unit);
            sources.put(path, unit.getSourceFile().getCharContent(true).toString());
            String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
            for (Tree type : unit.getTypeDecls()) {
                if (type instanceof ClassTree declared) {
                    packageTypes
                            .computeIfAbsent(pkg, key -> new HashSet<>())
                            .add(declared.getSimpleName().toString());
                }
            }
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitClass(ClassTree node, Void unused) {
                    projectTypes.add(node.getSimpleName().toString());
                    return super.visitClass(node, unused);
                }
            }.scan(unit, null);
        }
    }

    // ---- inline qualified names -------------------------------------------------------------------

    record Use(long start, long end, String type, String rest) {
    }

    void qualifiedNames(boolean fix) {
        for (Map.Entry<Path, CompilationUnitTree> entry : units.entrySet()) {
            Path path = entry.getKey();
            CompilationUnitTree unit = entry.getValue();
            String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
            List<Use> uses = uses(unit);
            if (uses.isEmpty()) {
                continue;
            }
            Map<String, String> imported = new HashMap<>();
            for (ImportTree imp : unit.getImports()) {
                if (!imp.isStatic()) {
                    String name = imp.getQualifiedIdentifier().toString();
                    imported.put(name.substring(name.lastIndexOf('.') + 1), name);
                }
            }
            Set<String> declared = declaredNames(unit);
            Map<String, Set<String>> bySimpleName = new HashMap<>();
            uses.forEach(use -> bySimpleName
                    .computeIfAbsent(simple(use.type()), key -> new TreeSet<>())
                    .add(use.type()));

            StringBuilder text = new StringBuilder(sources.get(path));
            Set<String> imports = new TreeSet<>();
            List<Use> descending = new ArrayList<>(uses);
            descending.sort(Comparator.comparingLong(Use::start).reversed());
            for (Use use : descending) {
                String simple = simple(use.type());
                String typePackage = use.type().substring(0, use.type().lastIndexOf('.'));
                boolean needsImport = !typePackage.equals(pkg) && !typePackage.equals("java.lang");
                boolean clash = bySimpleName.get(simple).size() > 1
                        || (imported.containsKey(simple)
                                && !imported.get(simple).equals(use.type()))
                        || declared.contains(simple)
                        || (!typePackage.equals(pkg)
                                && packageTypes.getOrDefault(pkg, Set.of()).contains(simple))
                        || (!typePackage.equals("java.lang") && !imported.containsKey(simple) && isJavaLang(simple));
                if (clash) {
                    continue;
                }
                if (!fix) {
                    findings.add(location(path, unit, use.start()) + ": " + use.type() + use.rest()
                            + " written with its package; import it (./mvnw -Pimports process-sources)");
                    continue;
                }
                // javac's end position of a type in a record's header can run past the type (it took
                // "java.util.List<String> s" whole), so the span replaced is the qualified name as written
                int start = (int) use.start();
                int end = start + use.type().length();
                if (!text.substring(start, end).equals(use.type())) {
                    continue;
                }
                text.replace(start, end, simple);
                if (needsImport && !imported.containsKey(simple)) {
                    imports.add(use.type());
                }
            }
            if (fix && !text.toString().equals(sources.get(path))) {
                String result = addImports(text.toString(), unit, imports);
                write(path, result);
                System.out.println(base.relativize(path) + ": " + imports.size() + " import(s) added");
            }
        }
    }

    /** The qualified type names used in code: {@code a.b.C} where {@code a.b} is a package. */
    List<Use> uses(CompilationUnitTree unit) {
        SourcePositions positions = trees.getSourcePositions();
        List<Use> uses = new ArrayList<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitImport(ImportTree node, Void unused) {
                return null;
            }

            @Override
            public Void visitCompilationUnit(CompilationUnitTree node, Void unused) {
                // the package clause is no use of a type
                scan(node.getImports(), null);
                scan(node.getTypeDecls(), null);
                return null;
            }

            @Override
            public Void visitMemberSelect(MemberSelectTree node, Void unused) {
                String name = node.getIdentifier().toString();
                String qualifier = packageName(node.getExpression());
                if (qualifier != null && Character.isUpperCase(name.charAt(0))) {
                    long start = positions.getStartPosition(unit, node);
                    long end = positions.getEndPosition(unit, node);
                    uses.add(new Use(start, end, qualifier + "." + name, ""));
                    return null;
                }
                return super.visitMemberSelect(node, unused);
            }
        }.scan(unit, null);
        return uses;
    }

    /** The dotted name when it is made of lower-case identifiers starting with a known package root. */
    static String packageName(Tree tree) {
        if (tree instanceof IdentifierTree identifier) {
            String name = identifier.getName().toString();
            return PACKAGE_ROOTS.contains(name) ? name : null;
        }
        if (tree instanceof MemberSelectTree select) {
            String name = select.getIdentifier().toString();
            String qualifier = packageName(select.getExpression());
            return qualifier != null && Character.isLowerCase(name.charAt(0)) ? qualifier + "." + name : null;
        }
        return null;
    }

    /** Type names declared in the file: its classes at every level and their type parameters. */
    static Set<String> declaredNames(CompilationUnitTree unit) {
        Set<String> names = new HashSet<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree node, Void unused) {
                names.add(node.getSimpleName().toString());
                return super.visitClass(node, unused);
            }

            @Override
            public Void visitTypeParameter(TypeParameterTree node, Void unused) {
                names.add(node.getName().toString());
                return super.visitTypeParameter(node, unused);
            }
        }.scan(unit, null);
        return names;
    }

    static boolean isJavaLang(String simple) {
        try {
            Class.forName("java.lang." + simple, false, ClassLoader.getPlatformClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** Adds the imports after the last import (or the package clause); the formatter orders them. */
    String addImports(String text, CompilationUnitTree unit, Set<String> imports) {
        if (imports.isEmpty()) {
            return text;
        }
        StringBuilder lines = new StringBuilder();
        imports.forEach(type -> lines.append("import ").append(type).append(";\n"));
        Matcher last = Pattern.compile("(?m)^import [^;]+;[ \\t]*\\n").matcher(text);
        int at = -1;
        while (last.find()) {
            at = last.end();
        }
        if (at < 0) {
            Matcher pkg = Pattern.compile("(?m)^package [^;]+;[ \\t]*\\n").matcher(text);
            if (!pkg.find()) {
                return lines + "\n" + text;
            }
            return text.substring(0, pkg.end()) + "\n" + lines + text.substring(pkg.end());
        }
        return text.substring(0, at) + lines + text.substring(at);
    }

    // ---- comments ---------------------------------------------------------------------------------

    record Comment(int offset, String text) {
    }

    void comments() {
        for (Map.Entry<Path, CompilationUnitTree> entry : units.entrySet()) {
            Path path = entry.getKey();
            CompilationUnitTree unit = entry.getValue();
            Set<String> imported = importedSimpleNames(unit);
            for (Comment comment : comments(sources.get(path))) {
                for (String name : missingTypes(comment.text(), imported)) {
                    findings.add(location(path, unit, comment.offset()) + ": the comment names " + name
                            + ", which does not exist");
                }
                Matcher link = LINK.matcher(comment.text());
                while (link.find()) {
                    String target = link.group(1);
                    String first = target.split("\\.")[0];
                    boolean qualified = Character.isLowerCase(first.charAt(0)) && target.contains(".");
                    if (!qualified
                            && Character.isUpperCase(first.charAt(0))
                            && !projectTypes.contains(first)
                            && !imported.contains(first)
                            && !isJavaLang(first)) {
                        findings.add(location(path, unit, comment.offset() + link.start()) + ": the comment links "
                                + target + ", which is neither a type of the project nor imported");
                    }
                }
            }
        }
    }

    void classLikeNames() {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Set<String>> where = new HashMap<>();
        for (Map.Entry<Path, CompilationUnitTree> entry : units.entrySet()) {
            Path path = entry.getKey();
            Set<String> imported = importedSimpleNames(entry.getValue());
            for (Comment comment : comments(sources.get(path))) {
                Matcher name = CLASS_LIKE.matcher(comment.text());
                while (name.find()) {
                    String found = name.group(1);
                    if (!projectTypes.contains(found) && !imported.contains(found) && !isJavaLang(found)) {
                        counts.merge(found, 1, Integer::sum);
                        where.computeIfAbsent(found, key -> new LinkedHashSet<>())
                                .add(base.relativize(path).getFileName().toString());
                    }
                }
            }
        }
        counts.forEach((name, count) -> System.out.println(name + "\t" + count + "\t" + where.get(name)));
    }

    static Set<String> importedSimpleNames(CompilationUnitTree unit) {
        Set<String> names = new HashSet<>();
        for (ImportTree imp : unit.getImports()) {
            String name = imp.getQualifiedIdentifier().toString();
            names.add(name.substring(name.lastIndexOf('.') + 1));
        }
        return names;
    }

    /** The comments of a Java source, skipping string and character literals and text blocks. */
    static List<Comment> comments(String s) {
        List<Comment> comments = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                int end = s.indexOf('\n', i);
                end = end < 0 ? n : end;
                comments.add(new Comment(i, s.substring(i, end)));
                i = end;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                comments.add(new Comment(i, s.substring(i, end)));
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = i + 3;
                while (end < n && !(s.startsWith("\"\"\"", end) && s.charAt(end - 1) != '\\')) {
                    end++;
                }
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && s.charAt(end) != c && s.charAt(end) != '\n') {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return comments;
    }

    // ---- issue numbers ----------------------------------------------------------------------------

    /**
     * The test classes ({@code ...Tests}) and the project's qualified type names ({@code kz.qorgau.x.Type})
     * that a text names but that do not exist.
     */
    List<String> missingTypes(String text, Set<String> imported) {
        List<String> missing = new ArrayList<>();
        Matcher test = TEST_NAME.matcher(text);
        while (test.find()) {
            String name = test.group(1);
            if (!projectTypes.contains(name) && !imported.contains(name) && !KNOWN_TEST_NAMES.contains(name)) {
                missing.add(name);
            }
        }
        Matcher qualified = PROJECT_TYPE.matcher(text);
        while (qualified.find()) {
            if (!projectTypes.contains(qualified.group(1))) {
                missing.add(qualified.group());
            }
        }
        return missing;
    }

    void issueReferences() throws IOException {
        for (Map.Entry<Path, CompilationUnitTree> entry : units.entrySet()) {
            for (Comment comment : comments(sources.get(entry.getKey()))) {
                Matcher issue = ISSUE.matcher(comment.text());
                while (issue.find()) {
                    findings.add(location(entry.getKey(), entry.getValue(), comment.offset() + issue.start()) + ": \""
                            + issue.group() + "\" refers to an issue number; say why instead");
                }
            }
        }
        for (String root : TEXT_ROOTS) {
            Path start = base.resolve(root);
            if (!Files.exists(start)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(start)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(file -> file.toString().matches(".*\\.(html|properties|md|js|css|txt|sql|xml)$"))
                        .filter(file -> !file.toString().contains("/db/migration/"))
                        .filter(file -> !file.toString().contains("/bench/data/")
                                && !file.toString().contains("/bench/results/"))
                        .sorted()
                        .toList();
            }
            for (Path file : files) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int line = 0; line < lines.size(); line++) {
                    Matcher issue = ISSUE.matcher(lines.get(line));
                    while (issue.find()) {
                        findings.add(base.relativize(file) + ":" + (line + 1) + ": \"" + issue.group()
                                + "\" refers to an issue number; say why instead");
                    }
                    for (String name : missingTypes(lines.get(line), Set.of())) {
                        findings.add(base.relativize(file) + ":" + (line + 1) + ": names " + name
                                + ", which does not exist");
                    }
                }
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    String location(Path path, CompilationUnitTree unit, long offset) {
        return base.relativize(path) + ":" + unit.getLineMap().getLineNumber(offset);
    }

    static void write(Path path, String text) {
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
