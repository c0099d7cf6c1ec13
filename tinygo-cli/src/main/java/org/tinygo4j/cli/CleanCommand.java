package org.tinygo4j.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `tinygo clean`: removes tinygo4j's cache folder (`tinygo env GOCACHE`) if there is one; prints nothing. */
@Command(name = "clean", description = "remove the cache folder (tinygo env GOCACHE)")
final class CleanCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = {"-h", "-help", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    CleanCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Path dir = new GoEnv(io).cacheDir();
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            io.err().println("cannot clean cache: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
