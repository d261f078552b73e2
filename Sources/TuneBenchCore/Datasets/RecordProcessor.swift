/// Turns raw records into everything an import stores about them: id hash, token counts, per-example checks and
/// duplicate fingerprint. Pure and thread-safe, so batches can be processed in parallel.
public struct RecordProcessor: Sendable {
    public var normaliser: Normaliser
    public var counter: any TokenCounter
    public var formula: ChatTokenFormula
    public var checker: ExampleChecker

    public init(normaliser: Normaliser, counter: any TokenCounter, formula: ChatTokenFormula = ChatTokenFormula(),
                checker: ExampleChecker = ExampleChecker()) {
        self.normaliser = normaliser
        self.counter = counter
        self.formula = formula
        self.checker = checker
    }

    /// Parses and normalises one record; the error is the import problem's reason.
    public func normalise(_ bytes: UnsafeRawBufferPointer) -> Result<NormalisedExample, RecordError> {
        if let offset = UTF8Validation.firstInvalidOffset(bytes) {
            return .failure(RecordError(reason: "invalid UTF-8 at byte \(offset + 1)"))
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            return .failure(RecordError(reason: error.description))
        }
        guard value.isObject else { return .failure(RecordError(reason: "not a JSON object", notAnObject: true)) }
        return .success(normaliser.normalise(value))
    }

    /// Everything about one record, or why it is not importable.
    public func process(_ bytes: UnsafeRawBufferPointer) -> Result<ProcessedFacts, RecordError> {
        normalise(bytes).map { example in
            let tokens = formula.count(example, with: counter)
            return ProcessedFacts(
                idHash: StableHash.hash(bytes),
                tokens: tokens,
                checks: checker.check(example, totalTokens: tokens.total),
                fingerprint: ContentFingerprint(of: example))
        }
    }

    /// Processes every record of a batch, using `parallelism` threads.
    public func process(_ batch: RecordBatch, parallelism: Int = 2) -> ProcessedBatch {
        let spans = batch.records
        let results = ResultSlots<Result<ProcessedFacts, RecordError>>(count: spans.count)
        let parts = max(1, min(parallelism, spans.count / 64))
        batch.storage.withUnsafeBytes { storage in
            let shared = UnsafeSendableBuffer(storage)
            DispatchQueueBridge.concurrentPerform(iterations: parts) { part in
                let lower = spans.count * part / parts
                let upper = spans.count * (part + 1) / parts
                for i in lower..<upper {
                    results.set(i, process(UnsafeRawBufferPointer(rebasing: shared.buffer[spans[i].range])))
                }
            }
        }
        var processed = ProcessedBatch(storage: batch.storage, problems: batch.problems)
        for (i, result) in results.values.enumerated() {
            switch result! {
            case .success(let facts): processed.records.append(ProcessedRecord(span: spans[i], facts: facts))
            case .failure(let error):
                processed.problems.append(ImportProblem(line: spans[i].line, reason: error.reason))
                if error.notAnObject { processed.notObjectLines += 1 }
            }
        }
        processed.problems.sort { $0.line < $1.line }
        return processed
    }
}

/// Why one record cannot be imported.
public struct RecordError: Error, Sendable, Equatable {
    public var reason: String
    /// The record is valid JSON but not an object (the data-prep check's `data_type`).
    public var notAnObject = false
}

/// What processing learned about one record.
public struct ProcessedFacts: Sendable, Equatable {
    /// Hash of the record's exact bytes: the example id, unless an identical record came earlier.
    public var idHash: UInt64
    public var tokens: ChatTokenCount
    public var checks: CheckCounts
    public var fingerprint: ContentFingerprint
}

/// One importable record of a batch.
public struct ProcessedRecord: Sendable {
    public var span: RawRecordSpan
    public var facts: ProcessedFacts
}

/// A processed batch: the raw bytes, the importable records and the problems, in file order.
public struct ProcessedBatch: Sendable {
    public var storage: [UInt8]
    public var records: [ProcessedRecord] = []
    public var problems: [ImportProblem]
    /// How many problems were valid JSON that is not an object.
    public var notObjectLines = 0

    /// The original bytes of a record.
    public func bytes(of record: ProcessedRecord) -> ArraySlice<UInt8> { storage[record.span.range] }
}
