package com.okradvisor.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** {@code atlassian-plugin.xml} as the build packages it, read from the class path. */
final class PluginDescriptor {

    private final Document document;

    private PluginDescriptor(Document document) {
        this.document = document;
    }

    static PluginDescriptor load() {
        try (InputStream in = PluginDescriptor.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new PluginDescriptor(factory.newDocumentBuilder().parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("atlassian-plugin.xml is not well-formed", e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** Every element named {@code tag}, anywhere in the descriptor. */
    List<Element> all(String tag) {
        return elements(document.getElementsByTagName(tag));
    }

    /** The values of {@code attribute} on every {@code tag} element that has it. */
    List<String> attributes(String tag, String attribute) {
        return all(tag).stream().map(element -> element.getAttribute(attribute)).filter(value -> !value.isEmpty()).toList();
    }

    static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
