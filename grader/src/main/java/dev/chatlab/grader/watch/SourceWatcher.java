package dev.chatlab.grader.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the sources of one lab module, {@code src/main} (every folder in it, new ones included) and
 * {@code pom.xml}, with a {@link WatchService}: a WatchService watches single folders, so each folder is
 * registered, and a folder created later is registered when its creation is seen. Editors' hidden and backup
 * files ({@code .name}, {@code name~}) do not count. Build output ({@code target/}) is never watched.
 */
public final class SourceWatcher implements AutoCloseable {

    /** However busy the editing, a change is acted on after this long. */
    private static final Duration LONGEST_SETTLE = Duration.ofSeconds(10);

    private final Path module;
    private final Path sources;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    private SourceWatcher(Path module, WatchService service) {
        this.module = module;
        this.sources = module.resolve("src").resolve("main");
        this.service = service;
    }

    /**
     * Starts watching {@code module}; changes made from now on are seen.
     *
     * @throws IllegalArgumentException if {@code module} has no {@code src/main} folder
     */
    public static SourceWatcher open(Path module) throws IOException {
        Path absolute = module.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute.resolve("src").resolve("main"))) {
            throw new IllegalArgumentException("Not a lab module (no src/main folder): " + absolute);
        }
        SourceWatcher watcher = new SourceWatcher(absolute, FileSystems.getDefault().newWatchService());
        try {
            watcher.register(absolute); // for pom.xml only
            watcher.registerTree(watcher.sources);
        } catch (IOException e) {
            watcher.close();
            throw e;
        }
        return watcher;
    }

    /**
     * True if {@code jar} is missing or older than a watched file: the rule {@code ./chatlab} rebuilds by.
     */
    public static boolean isStale(Path module, Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return true;
        }
        FileTime built = Files.getLastModifiedTime(jar);
        Path pom = module.resolve("pom.xml");
        if (Files.isRegularFile(pom) && Files.getLastModifiedTime(pom).compareTo(built) > 0) {
            return true;
        }
        try (Stream<Path> files = Files.walk(module.resolve("src").resolve("main"))) {
            return files.anyMatch(file -> newer(file, built));
        }
    }

    /**
     * Blocks until a watched file changes, then until none has changed for {@code quiet} (an editor saving
     * several files, a branch switched), at most 10 s. Returns the files seen
     * changing, relative to the module, sorted.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public List<Path> awaitChange(Duration quiet) throws InterruptedException, IOException {
        Set<Path> changed = new TreeSet<>();
        while (changed.isEmpty()) {
            changed.addAll(drain(service.take()));
        }
        long settleEnd = System.nanoTime() + LONGEST_SETTLE.toNanos();
        while (System.nanoTime() < settleEnd) {
            WatchKey next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
            if (next == null) {
                break; // quiet: the change is complete
            }
            changed.addAll(drain(next));
        }
        return List.copyOf(changed);
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    /** The changes that count among {@code key}'s events; registers the folders created. */
    private Set<Path> drain(WatchKey key) throws IOException {
        Path folder = folders.get(key);
        Set<Path> changed = new TreeSet<>();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) { // events were lost: assume the worst
                changed.add(module.relativize(sources));
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            String name = file.getFileName().toString();
            boolean counts = folder.equals(module) ? name.equals("pom.xml")
                    : !name.startsWith(".") && !name.endsWith("~");
            if (counts) {
                changed.add(module.relativize(file));
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(file)) {
                    registerTree(file);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key); // the folder is gone
        }
        return changed;
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : tree.filter(Files::isDirectory).toList()) {
                register(folder);
            }
        }
    }

    private void register(Path folder) throws IOException {
        folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
    }

    private static boolean newer(Path file, FileTime than) {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(than) > 0;
        } catch (IOException vanished) {
            return true; // deleted while looking: a change all the same
        }
    }
}
