import Foundation
import Testing
@testable import TuneBenchCore

@Suite("Generic JSONL and CSV eval import")
struct GenericImporterTests {
    @Test("JSONL: fields, metric.* columns, defaults for pass and score")
    func jsonl() throws {
        let text = """
        {"id": "a", "input": "2+2", "output": "4", "expected": "4", "pass": true, "score": 1, "metric.exact": 1, "latency_ms": 12}
        {"id": 7, "input": "3+3", "output": "5", "score": 0.5, "cost": 0.01}

        {"id": "c", "output": "x", "pass": false, "error": "timeout"}
        """
        let run = try #require(try EvalFileImport.runs(from: Data(text.utf8), fileName: "r.jsonl", name: "mine").first)
        #expect(run.name == "mine")
        #expect(run.source == "jsonl")
        #expect(run.cases.map(\.key) == ["a", "7", "c"])
        #expect(run.cases.map(\.pass) == [true, false, false])
        #expect(run.cases.map(\.score) == [1, 0.5, 0])
        #expect(run.cases[0].metrics == ["exact": 1])
        #expect(run.cases[0].latencyMs == 12)
        #expect(run.cases[1].cost == 0.01)
        #expect(run.cases[2].error == "timeout")
    }

    @Test("JSONL errors name the line: bad JSON, no verdict, score out of range, duplicate id")
    func jsonlErrors() {
        func location(_ text: String) -> String? {
            do { _ = try EvalFileImport.runs(from: Data(text.utf8), fileName: "r.jsonl"); return nil }
            catch { return error.location + " " + error.message }
        }
        #expect(location("{\"id\":1,\"pass\":true}\n{oops}\n")?.hasPrefix("r.jsonl:2 not valid JSON") == true)
        #expect(location("{\"id\":1,\"output\":\"x\"}\n")?.hasPrefix("r.jsonl:1 record needs pass or score") == true)
        #expect(location("{\"id\":1,\"score\":3}\n")?.contains("outside 0...1") == true)
        #expect(location("{\"id\":1,\"pass\":true}\n{\"id\":1,\"pass\":false}\n")?.contains("appears twice") == true)
        #expect(location("{\"id\":1,\"pass\":\"perhaps\"}\n")?.hasPrefix("r.jsonl:1 pass 'perhaps'") == true)
    }

    @Test("CSV: quoted fields with commas, quotes and newlines; the row's first line is reported")
    func csv() throws {
        let text = "id,input,output,expected,pass,score,metric.bleu\r\n1,\"a, b\",\"say \"\"hi\"\"\",x,true,1,0.5\r\n2,\"line one\nline two\",y,y,fail,,\n"
        let run = try #require(try EvalFileImport.runs(from: Data(text.utf8), fileName: "r.csv").first)
        #expect(run.source == "csv")
        #expect(run.cases.map(\.key) == ["1", "2"])
        #expect(run.cases[0].input == "a, b")
        #expect(run.cases[0].output == "say \"hi\"")
        #expect(run.cases[0].metrics == ["bleu": 0.5])
        #expect(run.cases[1].input == "line one\nline two")
        #expect(run.cases[1].pass == false && run.cases[1].score == 0)
        let bad = text + "3,a,b\n"
        do { _ = try EvalFileImport.runs(from: Data(bad.utf8), fileName: "r.csv"); Issue.record("expected an error") }
        catch { #expect(error.location == "r.csv:5") }
    }

    @Test("CSV without pass or score column is refused at the header")
    func csvHeader() {
        do { _ = try EvalFileImport.runs(from: Data("id,output\n1,x\n".utf8), fileName: "r.csv"); Issue.record("expected an error") }
        catch { #expect(error.location == "r.csv:1") }
    }

    @Test("auto detection refuses a JSON object it does not know")
    func unknownJSON() {
        do { _ = try EvalFileImport.runs(from: Data("{\"foo\": 1}".utf8), fileName: "r.json"); Issue.record("expected an error") }
        catch { #expect(error.message.contains("--format")) }
    }
}
