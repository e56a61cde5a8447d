import org.jbake.app.Oven;
import dossier.jbake.DossierOven;

import java.io.File;

/**
 * Bakes one project several times in the same JVM, as the preview server does when a file is saved,
 * and prints the time of each bake step: the first includes class loading and JIT warm-up, the
 * later ones are what a contributor waits for after an edit. Run by bench/run.sh with the bake's
 * class path (the project's extension, then jbake-core and its libraries).
 *
 * usage: java -cp ... WarmBake.java <project folder> <output folder> <bakes>
 */
public class WarmBake {
    public static void main(String[] args) throws Exception {
        File project = new File(args[0]);
        File output = new File(args[1]);
        int bakes = Integer.parseInt(args[2]);
        for (int i = 1; i <= bakes; i++) {
            long start = System.nanoTime();
            Oven oven = DossierOven.of(project.toPath(), output.toPath());
            oven.bake();
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!oven.getErrors().isEmpty()) {
                throw new IllegalStateException("bake errors: " + oven.getErrors());
            }
            System.out.println("WARM-BAKE " + i + " " + millis);
        }
    }
}
