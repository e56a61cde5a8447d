package dossier.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

/**
 * Watches what a bake reads (content/, templates/, assets/ and jbake.properties) and calls back once
 * the saving has stopped for a moment: an editor's save is often several events (write, rename, delete
 * of a backup), and one bake should follow them all.
 */
final class ProjectWatcher implements AutoCloseable {

    static final List<String> WATCHED_FOLDERS = dossier.jbake.BakeInputs.FOLDERS;
    static final String CONFIGURATION = dossier.jbake.BakeInputs.CONFIGURATION;
    private static final long QUIET_MILLIS = 300;

    private final Path project;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    ProjectWatcher(Path project, Runnable onChange) throws IOException {
        this.project = project.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        folders.put(this.project.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), this.project);
        for (String folder : WATCHED_FOLDERS) {
            registerTree(this.project.resolve(folder));
        }
        this.thread = new Thread(() -> watch(onChange), "dossier-preview-watcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void watch(Runnable onChange) {
        try {
            while (true) {
                boolean changed = handle(service.take());
                WatchKey next;
                while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed |= handle(next);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: the preview is stopping
        }
    }

    /** Whether the events of this key touch what a bake reads; registers folders created meanwhile. */
    private boolean handle(WatchKey key) {
        Path folder = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                relevant = true;
                continue;
            }
            Path name = (Path) event.context();
            if (folder == null) {
                continue;
            }
            if (folder.equals(project)) {
                // The project folder itself is watched only for jbake.properties, and for a watched
                // folder that is created after the preview started.
                if (name.toString().equals(CONFIGURATION)) {
                    relevant = true;
                } else if (WATCHED_FOLDERS.contains(name.toString()) && event.kind() == ENTRY_CREATE) {
                    registerTree(project.resolve(name));
                    relevant = true;
                }
                continue;
            }
            relevant = true;
            Path path = folder.resolve(name);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    private void registerTree(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path folder : paths.filter(Files::isDirectory).toList()) {
                folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
    }

    /** Stops watching; waits for a bake under way to finish. */
    @Override
    public void close() throws IOException {
        service.close();
        try {
            thread.join(TimeUnit.MINUTES.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
