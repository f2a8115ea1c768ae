package org.scrutiny.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

/**
 * Fixes the three PDF/UA-1 failures of JasperReports 7.0.3's tagged output (TECH-NOTES §3.4): every {@code TH} gets
 * {@code /Scope /Column} (rule 7.5-1), {@code /CIDSet} goes from the font descriptors, as OpenPDF writes it wrong
 * (7.21.4.2-2), and the XMP metadata declares {@code pdfuaid:part=1} with the title (5-1). A non-TR element inside a
 * table (7.2-3) is mostly prevented in the templates, each table being closed by a blank marker; a page footer that
 * falls inside a table running over a page break is moved out here. Untagged borders and shading are marked as
 * artifacts by {@link ArtifactMarker} (7.1-3).
 */
public final class PdfUaPostProcessor {

	private static final String TABLE_HEADER = "TH";

	private static final String TABLE = "Table";

	/** What a Table may hold (rule 7.2-3). */
	private static final Set<String> TABLE_PARTS = Set.of("TR", "THead", "TBody", "TFoot", "Caption");

	private static final String XMP = """
			<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
			<x:xmpmeta xmlns:x="adobe:ns:meta/">
			 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
			  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
			   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
			   <dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>
			  </rdf:Description>
			  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
			   <pdf:Producer>%s</pdf:Producer>
			  </rdf:Description>
			  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
			    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
			   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
			    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
			    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
			    <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
			    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
			     <pdfaProperty:category>internal</pdfaProperty:category>
			     <pdfaProperty:description>PDF/UA version identifier</pdfaProperty:description>
			     <pdfaProperty:name>part</pdfaProperty:name>
			     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
			    </rdf:li></rdf:Seq></pdfaSchema:property>
			   </rdf:li></rdf:Bag></pdfaExtension:schemas>
			  </rdf:Description>
			  <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
			   <pdfuaid:part>1</pdfuaid:part>
			  </rdf:Description>
			 </rdf:RDF>
			</x:xmpmeta>
			<?xpacket end="w"?>""";

	private PdfUaPostProcessor() {
	}

	/** The fixed PDF. */
	public static byte[] fix(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			if (document.getDocumentCatalog().getStructureTreeRoot() != null) {
				scopeHeaders(document.getDocumentCatalog().getStructureTreeRoot());
				liftOutOfTables(document.getDocumentCatalog().getStructureTreeRoot());
			}
			ArtifactMarker.markUntaggedDrawing(document);
			removeCidSets(document);
			String title = document.getDocumentInformation().getTitle();
			String producer = document.getDocumentInformation().getProducer();
			PDMetadata metadata = new PDMetadata(document);
			metadata.importXMPMetadata(String.format(XMP, xml(title), xml(producer)).getBytes(StandardCharsets.UTF_8));
			document.getDocumentCatalog().setMetadata(metadata);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
			document.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot post-process the tagged PDF", ex);
		}
	}

	private static void scopeHeaders(PDStructureNode node) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				if (TABLE_HEADER.equals(element.getStructureType())) {
					PDTableAttributeObject scope = new PDTableAttributeObject();
					scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
					element.addAttribute(scope);
				}
				scopeHeaders(element);
			}
		}
	}

	/**
	 * A page footer printed while a table runs on to the next page is tagged inside the table (rule 7.2-3): such
	 * elements are moved out, to just after the table, so the footer is read after the table instead of in it.
	 */
	private static void liftOutOfTables(PDStructureNode node) {
		List<Object> kids = node.getKids();
		for (int i = 0; i < kids.size(); i++) {
			if (kids.get(i) instanceof PDStructureElement element) {
				if (TABLE.equals(element.getStructureType())) {
					List<PDStructureElement> strays = element.getKids().stream()
						.filter(k -> k instanceof PDStructureElement e && !TABLE_PARTS.contains(e.getStructureType()))
						.map(PDStructureElement.class::cast)
						.toList();
					for (PDStructureElement stray : strays) {
						element.removeKid(stray);
						stray.setParent(node);
					}
					if (!strays.isEmpty()) {
						COSArray array = kidsArray(node);
						for (int s = 0; s < strays.size(); s++) {
							array.add(i + 1 + s, strays.get(s).getCOSObject());
						}
						kids = node.getKids();
					}
				}
				else {
					liftOutOfTables(element);
				}
			}
		}
	}

	/** The node's /K as an array, made one if it held a single kid. */
	private static COSArray kidsArray(PDStructureNode node) {
		COSBase k = node.getCOSObject().getDictionaryObject(COSName.K);
		if (k instanceof COSArray array) {
			return array;
		}
		COSArray array = new COSArray();
		if (k != null) {
			array.add(k);
		}
		node.getCOSObject().setItem(COSName.K, array);
		return array;
	}

	private static void removeCidSets(PDDocument document) {
		for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
			COSBase value = document.getDocument().getObjectFromPool(key).getObject();
			if (value instanceof COSDictionary dictionary && COSName.FONT_DESC.equals(dictionary.getCOSName(COSName.TYPE))) {
				dictionary.removeItem(COSName.CID_SET);
			}
		}
	}

	private static String xml(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
