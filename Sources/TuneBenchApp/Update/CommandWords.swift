/// The words of a `:` line: split at spaces, with double quotes keeping spaces inside one word
/// (`:import "my data.jsonl"`).
enum CommandWords {
    static func split(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false, started = false
        for character in text {
            if character == "\"" {
                quoted.toggle()
                started = true
            } else if character == " " && !quoted {
                if started { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
                started = true
            }
        }
        if started { words.append(current) }
        return words
    }
}

extension Action {
    /// The action a `:` command runs with the words after its name: the commands that take words read them
    /// (`:import FILE`); the others refuse words rather than ignore them.
    func applying(arguments: [String]) -> Result<Action, CommandArgumentError> {
        switch self {
        case .dataset(.importFile):
            guard !arguments.isEmpty else { return .success(self) }
            return Self.job(ImportJob.description, arguments, as: longName) { .dataset(.importFile(try ImportJob(words: $0))) }
        case .dataset(.validate):
            return Self.job(ValidateJob.description, arguments, as: longName) { .dataset(.validate(try ValidateJob(words: $0))) }
        case .dataset(.target):
            return .success(.dataset(.target(arguments)))
        case .dataset(.order):
            return .success(.dataset(.order(arguments)))
        case .dataset(.filterCommand):
            return .success(.dataset(.filterCommand(arguments)))
        case .evals(.runRunner):
            guard arguments.count <= 1 else { return .failure(CommandArgumentError("run takes one runner name")) }
            return .success(.evals(.runRunner(arguments.first)))
        case .evals(.watchDirectory):
            guard arguments.count <= 1 else { return .failure(CommandArgumentError("watch takes one directory (quote spaces)")) }
            return .success(.evals(.watchDirectory(arguments.first)))
        case .evals(.writePairs):
            return .success(.evals(.writePairs(arguments)))
        case .decision(.planTune):
            do {
                return .success(.decision(.planTune(try TunePlanJob(arguments: arguments))))
            } catch {
                return .failure(CommandArgumentError("tune: \(error.message)"))
            }
        case .dataset(.exportFile):
            guard !arguments.isEmpty else { return .success(self) }
            return Self.job(ExportJob.description, arguments, as: longName) { .dataset(.exportFile(try ExportJob(words: $0))) }
        default:
            guard arguments.isEmpty else { return .failure(CommandArgumentError("\(longName) takes no words after its name")) }
            return .success(self)
        }
    }

    /// Reads a job's words with its shared description (the CLI takes the same options).
    private static func job(_ description: JobDescription, _ arguments: [String], as name: String,
                            _ build: (JobWords) throws -> Action) -> Result<Action, CommandArgumentError> {
        let words: JobWords
        switch description.parse(arguments, as: name) {
        case .success(let read): words = read
        case .failure(let error): return .failure(CommandArgumentError(error.message))
        }
        do {
            return .success(try build(words))
        } catch let error as JobInputError {
            return .failure(CommandArgumentError("\(name): \(error.message)"))
        } catch {
            return .failure(CommandArgumentError("\(name): \(error)"))
        }
    }
}
