import Foundation

/// A Python worker for the exec stage tests that behaves as the document's
/// text says; written to a temporary file (kept in Swift so the test target
/// holds no unhandled resource files).
///
/// "crash" exits with status 3, "hang" sleeps, "garbage" answers non-JSON,
/// "two lines" answers twice, "wrong id" answers for another document,
/// "fail" answers {"error": ...}, "echo" sends the
/// document back unchanged, "upper" replaces the text; anything else gets
/// annotations (length, pid, handshake options, capitalised words as entities,
/// a tag). With HANDSHAKE=bad in the environment it answers the handshake
/// without "textpipe".
enum ScriptedWorker {
    /// The script's path, written once per test process.
    static let path: String = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("textpipe-exec-tests-\(ProcessInfo.processInfo.processIdentifier)")
            .appendingPathComponent("scripted_worker.py")
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(source.utf8).write(to: url)
        return url.path
    }()

    private static let source = #"""
import json
import os
import sys
import time

handshake = json.loads(sys.stdin.readline())
print(json.dumps({"hello": 1} if os.environ.get("HANDSHAKE") == "bad" else handshake), flush=True)

for line in sys.stdin:
    document = json.loads(line)
    text = document["text"]
    if text == "crash":
        sys.exit(3)
    elif text == "hang":
        time.sleep(60)
    elif text == "garbage":
        print("this is not JSON", flush=True)
    elif text == "two lines":
        print(json.dumps({}) + "\n" + json.dumps({}), flush=True)
    elif text == "wrong id":
        print(json.dumps({"id": document["id"] + "-other"}), flush=True)
    elif text == "fail":
        print(json.dumps({"error": "cannot handle this one"}), flush=True)
    elif text == "echo":
        print(json.dumps(document), flush=True)
    elif text == "upper":
        print(json.dumps({"text": text.upper()}), flush=True)
    else:
        words, start = [], 0
        for word in text.split(" "):
            if word[:1].isupper():
                words.append({"start": start, "end": start + len(word), "label": "CAPITAL"})
            start += len(word) + 1
        print(json.dumps({
            "id": document["id"],
            "length": len(text),
            "pid": os.getpid(),
            "stage": handshake["stage"],
            "options": handshake["options"],
            "meta": {"seen": True},
            "entities": words,
            "tags": [{"name": "demo", "score": 0.5}],
        }), flush=True)
"""#
}
