package com.okradvisor.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs plugin jars for the app signature check of UPM 8 (Jira 11), with the vendor's Ed25519 key
 * (docs/app-signing.md). Run by the build's {@code sign} profile as a source-file program, with the
 * key's path and then the jars: {@code PluginSigner <key.pem> <jar>...}.
 *
 * <p>The key is the PKCS#8 PEM that {@code openssl genpkey -algorithm ed25519} writes, unencrypted.
 * For each jar it writes two files beside it: {@code <jar>.sig}, the 64-byte Ed25519 signature of
 * the jar's bytes, byte for byte what {@code openssl pkeyutl -sign -inkey key.pem -rawin -in app.jar
 * -out app.jar.sig} writes; and {@code <jar>.sig.base64}, the same signature as one line of Base64,
 * the encoding UPM handles signatures in. It prints the files it wrote and never key material. A
 * key that is missing, unreadable, encrypted or not Ed25519, or a missing jar, ends it with exit
 * code 1 and one line naming the file and what to do.
 */
public final class PluginSigner {

    private static final String ED25519_OID = "1.3.101.112";
    private static final Map<String, String> KEY_ALGORITHMS = Map.of(
            "1.2.840.113549.1.1.1", "RSA",
            "1.2.840.113549.1.1.10", "RSA-PSS",
            "1.2.840.10045.2.1", "EC",
            "1.2.840.10040.4.1", "DSA",
            "1.3.101.110", "X25519",
            "1.3.101.111", "X448",
            "1.3.101.113", "Ed448");
    private static final Pattern PEM_BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final String MAKE_KEY = "make the key with: openssl genpkey -algorithm ed25519 -out app-signing.key";

    private PluginSigner() {
    }

    /** A signing that cannot go on; the message names the file and what to do. */
    static final class SigningException extends Exception {
        private static final long serialVersionUID = 1L;

        SigningException(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        try {
            if (args.length < 2) {
                throw new SigningException("usage: PluginSigner <Ed25519 private key, PKCS#8 PEM> <plugin jar>...");
            }
            PrivateKey key = readKey(Path.of(args[0]).toAbsolutePath());
            for (String jar : Arrays.asList(args).subList(1, args.length)) {
                List<Path> written = sign(key, Path.of(jar).toAbsolutePath());
                System.out.println("PluginSigner: signed " + jar + " into " + written.get(0).getFileName()
                        + " and " + written.get(1).getFileName());
            }
        } catch (SigningException e) {
            System.err.println("PluginSigner: " + e.getMessage());
            System.exit(1);
        }
    }

    private static List<Path> sign(PrivateKey key, Path jar) throws SigningException {
        if (!Files.isRegularFile(jar)) {
            throw new SigningException("plugin jar " + jar + " does not exist: build it first (mvn package), "
                    + "or correct the jar list (property okr.signed.jars)");
        }
        byte[] signature;
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(Files.readAllBytes(jar));
            signature = ed25519.sign();
        } catch (IOException e) {
            throw new SigningException("plugin jar " + jar + " cannot be read: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new SigningException("signing " + jar + " failed: " + e.getMessage());
        }
        Path raw = jar.resolveSibling(jar.getFileName() + ".sig");
        Path base64 = jar.resolveSibling(jar.getFileName() + ".sig.base64");
        try {
            Files.write(raw, signature);
            Files.writeString(base64, Base64.getEncoder().encodeToString(signature), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new SigningException("cannot write the signature of " + jar + " beside it: " + e.getMessage());
        }
        return List.of(raw, base64);
    }

    private static PrivateKey readKey(Path path) throws SigningException {
        String where = "signing key " + path;
        if (!Files.exists(path)) {
            throw new SigningException(where + " does not exist: pass the path of the vendor's Ed25519 private key "
                    + "(-Dokr.signing.key=/path/to/app-signing.key), or " + MAKE_KEY);
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new SigningException(where + " cannot be read (" + e.getMessage()
                    + "): pass a file the user running the build may read");
        }
        Matcher block = PEM_BLOCK.matcher(text);
        String firstLabel = null;
        while (block.find()) {
            String label = block.group(1);
            if (label.equals("PRIVATE KEY")) {
                return ed25519Key(where, block.group(2));
            }
            if (label.equals("ENCRYPTED PRIVATE KEY")) {
                throw new SigningException(where + " is encrypted with a passphrase, which the build cannot ask for: "
                        + "sign with an unencrypted copy (openssl pkey -in KEY -out COPY), kept as safe as the key");
            }
            if (label.endsWith("PRIVATE KEY")) {
                throw new SigningException(where + " holds a '" + label + "' PEM block, not an Ed25519 key; UPM checks "
                        + "Ed25519 signatures only: " + MAKE_KEY);
            }
            if (firstLabel == null) {
                firstLabel = label;
            }
        }
        if (firstLabel != null) {
            throw new SigningException(where + " holds a '" + firstLabel + "' PEM block, not a private key: pass "
                    + "the private key the certificate was made from");
        }
        throw new SigningException(where + " is not a PEM file: expected the PKCS#8 PEM (-----BEGIN PRIVATE KEY-----) "
                + "that openssl genpkey writes; " + MAKE_KEY);
    }

    private static PrivateKey ed25519Key(String where, String base64) throws SigningException {
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new SigningException(where + " is damaged: its PEM body is not Base64 (" + e.getMessage() + ")");
        }
        String oid = algorithmOid(where, der);
        if (!oid.equals(ED25519_OID)) {
            throw new SigningException(where + " is not an Ed25519 key: its algorithm is "
                    + KEY_ALGORITHMS.getOrDefault(oid, "unknown") + " (OID " + oid + "); UPM checks Ed25519 signatures only: "
                    + MAKE_KEY);
        }
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (InvalidKeySpecException e) {
            throw new SigningException(where + " is not a valid Ed25519 key (" + e.getMessage() + "): " + MAKE_KEY);
        } catch (GeneralSecurityException e) {
            throw new SigningException("this JDK cannot sign with Ed25519 (" + e.getMessage() + "): run the build on Java 17 or later");
        }
    }

    /**
     * The algorithm of a PKCS#8 PrivateKeyInfo, {@code SEQUENCE { INTEGER version, SEQUENCE { OID
     * algorithm, ... }, OCTET STRING key }}, as a dotted object identifier.
     */
    private static String algorithmOid(String where, byte[] der) throws SigningException {
        int[] at = {0};
        try {
            enter(der, at, 0x30);
            skip(der, at, 0x02);
            enter(der, at, 0x30);
            int length = enter(der, at, 0x06);
            int first = der[at[0]] & 0xff;
            StringBuilder oid = new StringBuilder().append(first / 40).append('.').append(first % 40);
            long arc = 0;
            for (int i = at[0] + 1; i < at[0] + length; i++) {
                arc = (arc << 7) | (der[i] & 0x7f);
                if ((der[i] & 0x80) == 0) {
                    oid.append('.').append(arc);
                    arc = 0;
                }
            }
            return oid.toString();
        } catch (IndexOutOfBoundsException | IllegalStateException e) {
            throw new SigningException(where + " is not a PKCS#8 private key: " + MAKE_KEY);
        }
    }

    /** Reads the header of the element at {@code at[0]}, which must have {@code tag}; returns its length. */
    private static int enter(byte[] der, int[] at, int tag) {
        if ((der[at[0]++] & 0xff) != tag) {
            throw new IllegalStateException("unexpected tag");
        }
        int length = der[at[0]++] & 0xff;
        if (length > 0x7f) {
            int octets = length & 0x7f;
            length = 0;
            for (int i = 0; i < octets; i++) {
                length = (length << 8) | (der[at[0]++] & 0xff);
            }
        }
        return length;
    }

    private static void skip(byte[] der, int[] at, int tag) {
        int length = enter(der, at, tag);
        at[0] += length;
    }
}
