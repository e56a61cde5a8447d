package dossier.sitetests;

import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu), run in this JVM: its HTML parser and
 * its schema for HTML, with the schema read from the validator's own jar, never from the network.
 * Setting the schema up takes seconds, so one instance checks every page in turn.
 */
final class HtmlValidator {

    private static HtmlValidator shared;

    private final SimpleDocumentValidator validator;
    private final Collector errors = new Collector();

    private HtmlValidator() {
        try {
            // log4j initialised quietly, no URL logging, no language detection (the pages declare lang="en").
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, errors);
            validator.setUpValidatorAndParsers(errors, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu Html Checker", e);
        }
    }

    static synchronized HtmlValidator shared() {
        if (shared == null) {
            shared = new HtmlValidator();
        }
        return shared;
    }

    /** The checker's errors for one page, each as "name:line:column: message". */
    synchronized List<String> errors(String name, byte[] html) {
        errors.clear(name);
        InputSource source = new InputSource(new ByteArrayInputStream(html));
        source.setSystemId(name);
        source.setEncoding("UTF-8");
        try {
            validator.checkHtmlInputSource(source);
        } catch (SAXParseException fatal) {
            errors.record(fatal);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker failed on " + name, e);
        }
        return List.copyOf(errors.found);
    }

    List<String> errors(String name, String html) {
        return errors(name, html.getBytes(StandardCharsets.UTF_8));
    }

    List<String> errors(Path site, Path page) throws IOException {
        return errors(page.toString(), Files.readAllBytes(site.resolve(page)));
    }

    /** Keeps errors and fatal errors; warnings and notes are advice, not failures. */
    private static final class Collector implements ErrorHandler {
        private final List<String> found = new ArrayList<>();
        private String name = "";

        void clear(String name) {
            this.name = name;
            found.clear();
        }

        void record(SAXParseException e) {
            found.add(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            record(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            record(e);
        }
    }
}
