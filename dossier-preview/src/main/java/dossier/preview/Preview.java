package dossier.preview;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code mvn -Ppreview package} runs this: {@code Preview <project folder> [port]}. The site is baked
 * into target/preview/ of the project, apart from target/site, which only the real build writes.
 */
public final class Preview {

    private Preview() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8820;
        PreviewServer preview = PreviewServer.start(project, project.resolve("target/preview"), port, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                preview.close();
            } catch (Exception e) {
                // stopping anyway
            }
        }));
        // Runs until the process is stopped (Ctrl-C, kill); never reads standard input.
        new CountDownLatch(1).await();
    }
}
