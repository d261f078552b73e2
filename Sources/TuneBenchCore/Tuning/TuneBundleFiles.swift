import Foundation

/// The configuration files and README of a training bundle, as text (the store writes them beside
/// `train.jsonl` and `val.jsonl`). Key names follow each tool's documented configuration: OpenAI's fine-tuning
/// job request, Axolotl 0.18's config schema, TRL 1.x's `ScriptArguments`/`SFTConfig`/`ModelConfig`
/// (docs/DECISIONS.md, "Training bundles").
public enum TuneBundleFiles {
    /// The training file of every bundle.
    public static let trainFileName = "train.jsonl"
    /// The validation file, written when the plan has a split.
    public static let validationFileName = "val.jsonl"
    /// The bundle's README.
    public static let readmeFileName = "README.md"

    /// The placeholder `job.json` holds until the training file is uploaded.
    public static let trainingFilePlaceholder = "REPLACE_WITH_TRAINING_FILE_ID"
    /// The placeholder for the uploaded validation file.
    public static let validationFilePlaceholder = "REPLACE_WITH_VALIDATION_FILE_ID"

    /// LoRA and batch settings written into the Axolotl and TRL files.
    public static let loraRank = 16
    public static let loraAlpha = 32
    public static let loraDropout = 0.05
    public static let microBatchSize = 2
    public static let gradientAccumulationSteps = 4
    public static let learningRate = 0.0002

    /// The tool's configuration file: name and text.
    public static func configuration(for plan: TunePlan) -> (name: String, text: String) {
        switch plan.tool {
        case .openai: (plan.tool.configFileName, openAIJob(plan))
        case .axolotl: (plan.tool.configFileName, axolotlConfig(plan))
        case .trl: (plan.tool.configFileName, trlConfig(plan))
        }
    }

    // MARK: - OpenAI

    /// The body of `POST /v1/fine_tuning/jobs`.
    static func openAIJob(_ plan: TunePlan) -> String {
        let epochs: JSONValue = plan.epochsGiven ? .number(String(plan.epochs)) : .string("auto")
        var hyperparameters: [JSONMember] = [
            JSONMember("n_epochs", epochs),
            JSONMember("batch_size", .string("auto")),
            JSONMember("learning_rate_multiplier", .string("auto")),
        ]
        if plan.method == .dpo { hyperparameters.append(JSONMember("beta", .string("auto"))) }
        var members: [JSONMember] = [
            JSONMember("model", .string(plan.baseModel)),
            JSONMember("training_file", .string(trainingFilePlaceholder)),
        ]
        if plan.validationExamples > 0 { members.append(JSONMember("validation_file", .string(validationFilePlaceholder))) }
        members += [
            JSONMember("suffix", .string(plan.suffix)),
            JSONMember("seed", .number(String(plan.seed % 2_147_483_648))),
            JSONMember("method", .object([
                JSONMember("type", .string(plan.method.rawValue)),
                JSONMember(plan.method.rawValue, .object([JSONMember("hyperparameters", .object(hyperparameters))])),
            ])),
        ]
        return pretty(.object(members), indent: "") + "\n"
    }

    // MARK: - Axolotl

    /// A LoRA run over `train.jsonl` (and `val.jsonl` as the test set) in the chat-template format.
    static func axolotlConfig(_ plan: TunePlan) -> String {
        var lines = [
            "# Axolotl LoRA run written by tunebench (training set sha256 \(plan.trainingSetHash)).",
            "# Run from this folder: axolotl train axolotl.yaml",
            "base_model: \(yaml(plan.baseModel))",
            "adapter: lora",
            "lora_r: \(loraRank)",
            "lora_alpha: \(loraAlpha)",
            "lora_dropout: \(loraDropout)",
            "lora_target_linear: true",
            "datasets:",
        ]
        lines += axolotlDataset(trainFileName)
        if plan.validationExamples > 0 {
            lines.append("test_datasets:")
            lines += axolotlDataset(validationFileName)
        }
        lines += [
            "val_set_size: 0",
            "# The longest example is \(plan.longestExampleTokens) tokens (\(TokenFigureMark.counter(plan.encodingName, exact: plan.tokensExact))); "
                + "\(plan.sequenceLength / 2) would cut \(plan.examplesCutAtHalfLength) example(s).",
            "sequence_len: \(plan.sequenceLength)",
            "num_epochs: \(plan.epochs)",
            "micro_batch_size: \(microBatchSize)",
            "gradient_accumulation_steps: \(gradientAccumulationSteps)",
            "learning_rate: \(learningRate)",
            "seed: \(plan.seed)",
            "output_dir: ./outputs/lora",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func axolotlDataset(_ file: String) -> [String] {
        [
            "  - path: \(file)",
            "    ds_type: json",
            "    split: train",
            "    type: chat_template",
            "    field_messages: messages",
            "    message_property_mappings:",
            "      role: role",
            "      content: content",
            "    roles_to_train: [assistant]",
        ]
    }

    // MARK: - TRL

    /// `trl sft --config sft.yaml`, run from the bundle folder: the folder is the dataset (`train.jsonl` and
    /// `val.jsonl` become the `train` and `validation` splits), conversational `messages` records, LoRA through PEFT.
    static func trlConfig(_ plan: TunePlan) -> String {
        let hasValidation = plan.validationExamples > 0
        var lines = [
            "# TRL SFT with LoRA written by tunebench (training set sha256 \(plan.trainingSetHash)).",
            "# Run from this folder: trl sft --config sft.yaml",
            "# ModelConfig",
            "model_name_or_path: \(yaml(plan.baseModel))",
            "use_peft: true",
            "lora_r: \(loraRank)",
            "lora_alpha: \(loraAlpha)",
            "lora_dropout: \(loraDropout)",
            "lora_target_modules: all-linear",
            "# ScriptArguments: this folder, its files named by split",
            "dataset_name: .",
            "dataset_train_split: train",
        ]
        if hasValidation { lines.append("dataset_test_split: validation") }
        lines += [
            "# SFTConfig",
            "# The longest example is \(plan.longestExampleTokens) tokens (\(TokenFigureMark.counter(plan.encodingName, exact: plan.tokensExact))); "
                + "\(plan.sequenceLength / 2) would cut \(plan.examplesCutAtHalfLength) example(s).",
            "max_length: \(plan.sequenceLength)",
            "num_train_epochs: \(plan.epochs)",
            "per_device_train_batch_size: \(microBatchSize)",
            "gradient_accumulation_steps: \(gradientAccumulationSteps)",
            "learning_rate: \(learningRate)",
            "eval_strategy: \(hasValidation ? "epoch" : "\"no\"")",
            "seed: \(plan.seed)",
            "output_dir: outputs/lora",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - README

    /// How to start the run and what it costs.
    public static func readme(for plan: TunePlan, project: String) -> String {
        let files = plan.validationExamples > 0 ? "`\(trainFileName)` and `\(validationFileName)`" : "`\(trainFileName)`"
        var text = """
            # Training bundle: \(plan.tool.rawValue), \(plan.baseModel)

            Written by tunebench from the accepted examples without validation errors of \(project).
            \(files): \(plan.trainExamples) training and \(plan.validationExamples) validation examples \
            (seeded split, seed \(plan.seed), duplicates on one side). The training file's sha256 is \
            `\(plan.trainingSetHash)`; `tunebench tune list` shows this plan and whether examples changed since.

            ## What it trains and costs

            - \(Money.grouped(plan.tokensPerEpoch)) training tokens per epoch (\(plan.tokensExact ? "exact, \(plan.encodingName)" : "estimate")), \
            \(plan.epochs) epochs\(plan.epochsGiven ? "" : " (OpenAI's default rule for \(plan.trainExamples) examples)"): \
            \(Money.grouped(plan.chargedTokens)) charged tokens.
            - Cost: \(plan.cost.text).
            - Longest example: \(plan.longestExampleTokens) \(TokenFigureMark.tokens(estimated: !plan.tokensExact)); sequence length \(plan.sequenceLength) \
            (\(plan.sequenceLength / 2) would cut \(plan.examplesCutAtHalfLength) example(s)).

            ## How to start the run


            """
        switch plan.tool {
        case .openai:
            text += """
                1. Upload the data (each call prints a file id):

                       curl https://api.openai.com/v1/files -H "Authorization: Bearer $OPENAI_API_KEY" \\
                         -F purpose=fine-tune -F file=@\(trainFileName)

                """
            if plan.validationExamples > 0 {
                text += """
                           curl https://api.openai.com/v1/files -H "Authorization: Bearer $OPENAI_API_KEY" \\
                             -F purpose=fine-tune -F file=@\(validationFileName)

                    """
            }
            text += """
                2. In `job.json`, replace `\(trainingFilePlaceholder)`\(plan.validationExamples > 0 ? " and `\(validationFilePlaceholder)`" : "") with those ids.
                3. Start the job (method `\(plan.method.rawValue)`):

                       curl https://api.openai.com/v1/fine_tuning/jobs -H "Authorization: Bearer $OPENAI_API_KEY" \\
                         -H "Content-Type: application/json" -d @job.json

                """
        case .axolotl:
            text += """
                From this folder, with Axolotl installed (`pip install axolotl`, a CUDA GPU):

                    axolotl train axolotl.yaml

                The LoRA adapter is written to `outputs/lora`. Token counts use \(plan.encodingName); the base model's \
                own tokenizer may count a few percent differently, which the power-of-two sequence length absorbs.

                """
        case .trl:
            text += """
                From this folder, with TRL and PEFT installed (`pip install trl peft`, a CUDA GPU):

                    trl sft --config sft.yaml

                The folder is the dataset: `\(trainFileName)` is the `train` split\(plan.validationExamples > 0 ? " and `\(validationFileName)` the `validation` split" : ""), \
                conversational `messages` records. The LoRA adapter is written to `outputs/lora`.

                """
        }
        text += """

            When the tuned model's eval is imported, link it to this plan so the project knows what it was trained on:
            `tunebench evals set-rung PROJECT RUN finetune --tune ID` (ID from `tunebench tune list`).

            """
        return text
    }

    // MARK: - Writing helpers

    /// A YAML scalar: JSON's double-quoted string is a valid YAML flow scalar.
    static func yaml(_ text: String) -> String { JSONWriter.string(.string(text)) }

    /// JSON with two-space indentation (objects and arrays of objects), scalars written by `JSONWriter`.
    static func pretty(_ value: JSONValue, indent: String) -> String {
        let inner = indent + "  "
        switch value {
        case .object(let members) where !members.isEmpty:
            let body = members.map { inner + JSONWriter.string(.string($0.key)) + ": " + pretty($0.value, indent: inner) }
            return "{\n" + body.joined(separator: ",\n") + "\n" + indent + "}"
        default:
            return JSONWriter.string(value)
        }
    }
}
