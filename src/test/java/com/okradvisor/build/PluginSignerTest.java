package com.okradvisor.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs {@code src/build/java/.../PluginSigner.java} as the build's {@code sign} profile does, a
 * source-file program on this JDK, with a throw-away Ed25519 key made by openssl, and checks its
 * signatures the way Atlassian's "App signing troubleshooting" page does: {@code openssl pkeyutl
 * -verify -pubin -inkey pub.pem -rawin -in app.jar -sigfile app.jar.sig}.
 */
class PluginSignerTest {

    private static final Path SIGNER = Path.of("src", "build", "java", "com", "okradvisor", "build", "PluginSigner.java");
    private static final String VERIFIED = "Signature Verified Successfully";

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
        String output() {
            return out + err;
        }
    }

    @BeforeAll
    static void opensslIsThere() {
        boolean present;
        try {
            present = run(List.of("openssl", "version")).exitCode() == 0;
        } catch (IOException e) {
            present = false;
        }
        assumeTrue(present, "openssl is not on the PATH: the signing tests make their keys and check the signatures with it");
    }

    @Test
    void eachJarGetsTheSignatureOpensslMakesAndVerifies() throws IOException {
        Path key = ed25519Key();
        Path publicKey = publicKeyOf(key);
        Path jira10 = jar("okr-advisor-1.0.0-jira10.jar");
        Path jira11 = jar("okr-advisor-1.0.0-jira11.jar");

        Run signing = signer(key.toString(), jira10.toString(), jira11.toString());

        assertThat(signing.exitCode()).as(signing.output()).isZero();
        assertThat(signing.out()).contains("signed " + jira10).contains("signed " + jira11);
        assertThat(signing.output()).as("no key material is printed").doesNotContain(keyBody(key));
        for (Path jar : List.of(jira10, jira11)) {
            Path signature = sibling(jar, ".sig");
            Run verify = verify(jar, publicKey);
            assertThat(verify.exitCode()).as(verify.output()).isZero();
            assertThat(verify.out()).contains(VERIFIED);

            Path opensslSignature = dir.resolve(jar.getFileName() + ".openssl.sig");
            made("pkeyutl", "-sign", "-inkey", key.toString(), "-rawin", "-in", jar.toString(), "-out", opensslSignature.toString());
            assertThat(signature).as("Ed25519 is deterministic: the same bytes as openssl's").hasSameBinaryContentAs(opensslSignature);
            assertThat(Base64.getDecoder().decode(Files.readString(sibling(jar, ".sig.base64"), StandardCharsets.US_ASCII)))
                    .as("the Base64 form is the same signature").isEqualTo(Files.readAllBytes(signature));
        }
    }

    @Test
    void aJarChangedAfterSigningFailsVerification() throws IOException {
        Path key = ed25519Key();
        Path publicKey = publicKeyOf(key);
        Path jar = jar("okr-advisor-1.0.0-jira11.jar");
        assertThat(signer(key.toString(), jar.toString()).exitCode()).isZero();

        Files.write(jar, new byte[] {0}, StandardOpenOption.APPEND);

        Run verify = verify(jar, publicKey);
        assertThat(verify.exitCode()).isNotZero();
        assertThat(verify.out()).doesNotContain(VERIFIED).contains("Signature Verification Failure");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "RSA, -pkeyopt rsa_keygen_bits:2048",
        "EC, -pkeyopt ec_paramgen_curve:P-256",
        "Ed448, ''"})
    void aKeyOfAnotherTypeIsRefusedByName(String algorithm, String option) throws IOException {
        Path key = dir.resolve(algorithm + ".pem");
        List<String> genpkey = new ArrayList<>(List.of("genpkey", "-algorithm", algorithm, "-out", key.toString()));
        if (!option.isEmpty()) {
            genpkey.addAll(List.of(option.split(" ")));
        }
        made(genpkey.toArray(String[]::new));
        Path jar = jar("okr-advisor-1.0.0-jira11.jar");

        Run signing = signer(key.toString(), jar.toString());

        assertThat(signing.exitCode()).isEqualTo(1);
        assertThat(signing.err()).contains("signing key " + key.toAbsolutePath() + " is not an Ed25519 key")
                .contains("its algorithm is " + algorithm).contains("openssl genpkey -algorithm ed25519");
        assertThat(sibling(jar, ".sig")).doesNotExist();
    }

    @Test
    void aMissingKeyIsNamed() throws IOException {
        Path key = dir.resolve("no-such-key.pem");
        Path jar = jar("okr-advisor-1.0.0-jira11.jar");

        Run signing = signer(key.toString(), jar.toString());

        assertThat(signing.exitCode()).isEqualTo(1);
        assertThat(signing.err()).contains("signing key " + key.toAbsolutePath() + " does not exist")
                .contains("-Dokr.signing.key=");
        assertThat(sibling(jar, ".sig")).doesNotExist();
    }

    @Test
    void anEncryptedKeyIsRefusedWithWhatToDo() throws IOException {
        Path key = dir.resolve("encrypted.pem");
        made("genpkey", "-algorithm", "ed25519", "-aes256", "-pass", "pass:throw-away", "-out", key.toString());
        Path jar = jar("okr-advisor-1.0.0-jira11.jar");

        Run signing = signer(key.toString(), jar.toString());

        assertThat(signing.exitCode()).isEqualTo(1);
        assertThat(signing.err()).contains("signing key " + key.toAbsolutePath() + " is encrypted").contains("unencrypted copy");
    }

    @Test
    void aCertificateGivenAsTheKeyIsRefused() throws IOException {
        Path key = ed25519Key();
        Path certificate = dir.resolve("app-signing.crt");
        made("req", "-x509", "-new", "-key", key.toString(), "-subj", "/CN=OKR Advisor test", "-days", "1",
                "-out", certificate.toString());

        Run signing = signer(certificate.toString(), jar("okr-advisor-1.0.0-jira11.jar").toString());

        assertThat(signing.exitCode()).isEqualTo(1);
        assertThat(signing.err()).contains("signing key " + certificate.toAbsolutePath() + " holds a 'CERTIFICATE' PEM block, not a private key");
    }

    @Test
    void aMissingJarIsNamed() throws IOException {
        Path jar = dir.resolve("okr-advisor-1.0.0-jira10.jar");

        Run signing = signer(ed25519Key().toString(), jar.toString());

        assertThat(signing.exitCode()).isEqualTo(1);
        assertThat(signing.err()).contains("plugin jar " + jar.toAbsolutePath() + " does not exist");
    }

    private Path ed25519Key() throws IOException {
        Path key = dir.resolve("app-signing.key");
        made("genpkey", "-algorithm", "ed25519", "-out", key.toString());
        return key;
    }

    private Path publicKeyOf(Path key) throws IOException {
        Path publicKey = dir.resolve("pub.pem");
        made("pkey", "-in", key.toString(), "-pubout", "-out", publicKey.toString());
        return publicKey;
    }

    /** {@code jar} checked against its {@code .sig} as Atlassian's troubleshooting page does. */
    private static Run verify(Path jar, Path publicKey) throws IOException {
        return openssl("pkeyutl", "-verify", "-pubin", "-inkey", publicKey.toString(), "-rawin",
                "-in", jar.toString(), "-sigfile", sibling(jar, ".sig").toString());
    }

    private static String keyBody(Path key) throws IOException {
        return Files.readString(key, StandardCharsets.US_ASCII).lines().filter(line -> !line.startsWith("-----"))
                .reduce("", String::concat);
    }

    private Path jar(String name) throws IOException {
        Path jar = dir.resolve(name);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "com.okradvisor.okr-advisor");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("atlassian-plugin.xml"));
            out.write("<atlassian-plugin key=\"com.okradvisor.okr-advisor\"/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private static Path sibling(Path jar, String suffix) {
        return jar.resolveSibling(jar.getFileName() + suffix);
    }

    private static Run signer(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                SIGNER.toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    /** Runs an openssl command that prepares a test and must succeed. */
    private static void made(String... args) throws IOException {
        Run run = openssl(args);
        assertThat(run.exitCode()).as("openssl %s: %s", String.join(" ", args), run.output()).isZero();
    }

    private static Run openssl(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        return run(command);
    }

    private static Run run(List<String> command) throws IOException {
        Path out = Files.createTempFile("signer-out", ".txt");
        Path err = Files.createTempFile("signer-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s ends within two minutes", command).isTrue();
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command, e);
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }
}
