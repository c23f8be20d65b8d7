import Foundation
import Testing

/// The news pipeline on a scraped article in plain text: what its header
/// says goes into `meta`, and its header and teaser lines out of the text.
@Suite struct CleanHeaderEndToEndTests {
    @Test func aClutteredTextArticleGetsTitleAuthorAndDate() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/cluttered.txt", """
            Lighthouse keepers' cottages to become a museum by the sea

            author-image
            Eilidh Macraith
            Updated On: 21 Feb 2025, 04:30 PM IST
            New Update
            Lighthouse keepers' cottages to become a museum by the sea
            Share this article
            Follow us on WhatsApp

            The row of cottages beside the old lighthouse will open as a maritime museum next summer, the harbour trust said on Friday.

            ADVERTISEMENT

            The trust bought the buildings last year and has raised most of the money it needs for repairs.

            Also read: Coastal path to close for three months while the cliff edge near the lighthouse is made safe

            Volunteers will run guided walks along the headland on weekends.

            READ MORE
            """)
        let result = try TextPipeBinary.run([
            "run", "pipelines/news.yaml", "--input", folder.path("in"), "--output", folder.path("out.jsonl"), "--quiet",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(try jsonLines(try folder.read("out.jsonl")).first)
        let meta = try #require(document["meta"] as? [String: Any])
        #expect(meta["title"] as? String == "Lighthouse keepers' cottages to become a museum by the sea")
        #expect(meta["author"] as? String == "Eilidh Macraith")
        #expect(meta["date"] as? String == "2025-02-21T16:30:00")
        let text = try #require(document["text"] as? String)
        #expect(text.hasPrefix("Lighthouse keepers' cottages to become a museum by the sea\n\nThe row of cottages"))
        for gone in ["Eilidh", "Updated On", "Also read", "READ MORE", "Share this"] {
            #expect(!text.contains(gone), "\(gone) is still in the text")
        }
        #expect(text.hasSuffix("Volunteers will run guided walks along the headland on weekends."))
    }
}
