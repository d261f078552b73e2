/// Geometry of the HTML report's two inline SVG charts, computed here so templates only place numbers.
///
/// Nothing from project text reaches these values: labels are rung names and formatted numbers.
enum ReportCharts {
    /// Chart width in SVG user units; the HTML scales it to the page.
    static let width = 640.0
    static let left = 96.0
    static let right = 56.0

    /// x of a rate (0...1) on the plot.
    static func x(_ rate: Double) -> Double { left + min(1, max(0, rate)) * (width - left - right) }

    /// Ticks at 0, 25, 50, 75 and 100%.
    static func ticks(height: Double) -> [[String: Any]] {
        stride(from: 0.0, through: 1.0, by: 0.25).map { rate in
            ["x": ReportNumbers.coordinate(x(rate)), "label": ReportNumbers.wholePercent(rate),
             "height": ReportNumbers.coordinate(height)]
        }
    }

    /// The gap bar: the baseline, what each rung closed (stacked after it), what remains up to the target, and
    /// where an evaluated fine-tune lands.
    static func gap(_ gap: GapAttribution) -> [String: Any] {
        let barY = 18.0, barHeight = 28.0
        var segments: [[String: Any]] = [segment(from: 0, to: gap.baseline, kind: "baseline", y: barY, height: barHeight)]
        var start = min(gap.baseline, gap.target)
        for step in gap.steps where step.closed > 0 {
            segments.append(segment(from: start, to: start + step.closed, kind: step.rung.rawValue, y: barY, height: barHeight))
            start += step.closed
        }
        if gap.remaining > 0 {
            segments.append(segment(from: gap.target - gap.remaining, to: gap.target, kind: "remaining", y: barY, height: barHeight))
        }
        var chart: [String: Any] = [
            "width": ReportNumbers.coordinate(width), "height": "78",
            "segments": segments, "ticks": ticks(height: 54),
            "target_x": ReportNumbers.coordinate(x(gap.target)), "target_label": "target " + ReportNumbers.wholePercent(gap.target),
        ]
        if let tuned = gap.fineTuned {
            chart["tuned"] = ["x": ReportNumbers.coordinate(x(tuned)), "label": "fine-tune " + ReportNumbers.wholePercent(tuned)]
        }
        return chart
    }

    /// The ladder: one row per rung with its best run's pass rate and Wilson interval, and the target line.
    static func ladder(_ steps: [ReportEvals.LadderStep], target: Double?) -> [String: Any] {
        let rowHeight = 30.0, top = 8.0
        let plotHeight = top + Double(steps.count) * rowHeight
        let rows: [[String: Any]] = steps.enumerated().map { index, step in
            let y = top + Double(index) * rowHeight
            return [
                "rung": step.rung.rawValue,
                "label_y": ReportNumbers.coordinate(y + 19),
                "bar_x": ReportNumbers.coordinate(x(0)), "bar_y": ReportNumbers.coordinate(y + 6),
                "bar_width": ReportNumbers.coordinate(x(step.passRate) - x(0)),
                "ci_low_x": ReportNumbers.coordinate(x(step.ciLow)), "ci_high_x": ReportNumbers.coordinate(x(step.ciHigh)),
                "ci_y": ReportNumbers.coordinate(y + 15),
                "ci_top": ReportNumbers.coordinate(y + 9), "ci_bottom": ReportNumbers.coordinate(y + 21),
                "value_x": ReportNumbers.coordinate(x(step.ciHigh) + 6),
                "value": ReportNumbers.wholePercent(step.passRate),
            ]
        }
        var chart: [String: Any] = [
            "width": ReportNumbers.coordinate(width), "height": ReportNumbers.coordinate(plotHeight + 20),
            "rows": rows, "ticks": ticks(height: plotHeight),
        ]
        if let target {
            chart["target"] = ["x": ReportNumbers.coordinate(x(target)), "height": ReportNumbers.coordinate(plotHeight),
                               "label": "target " + ReportNumbers.wholePercent(target)]
        }
        return chart
    }

    /// The token histogram: one column per bin, heights relative to the fullest bin, the bin's lower edge below.
    static func histogram(_ histogram: TokenHistogram) -> [String: Any] {
        let plotHeight = 120.0, top = 16.0, gap = 4.0
        let largest = Double(max(1, histogram.bins.map(\.examples).max() ?? 1))
        let columnWidth = (width - 2 * gap) / Double(max(1, histogram.bins.count))
        let columns: [[String: Any]] = histogram.bins.enumerated().map { index, bin in
            let height = plotHeight * Double(bin.examples) / largest
            let x = gap + Double(index) * columnWidth
            return ["x": ReportNumbers.coordinate(x + 1), "y": ReportNumbers.coordinate(top + plotHeight - height),
                    "width": ReportNumbers.coordinate(columnWidth - 2), "height": ReportNumbers.coordinate(height),
                    "label_x": ReportNumbers.coordinate(x + columnWidth / 2),
                    "count_y": ReportNumbers.coordinate(top + plotHeight - height - 3),
                    "count": ReportNumbers.grouped(bin.examples), "low": ReportNumbers.grouped(bin.low)]
        }
        return ["width": ReportNumbers.coordinate(width), "height": ReportNumbers.coordinate(top + plotHeight + 22),
                "axis_y": ReportNumbers.coordinate(top + plotHeight), "label_y": ReportNumbers.coordinate(top + plotHeight + 15),
                "columns": columns]
    }

    private static func segment(from low: Double, to high: Double, kind: String, y: Double, height: Double) -> [String: Any] {
        ["kind": kind, "x": ReportNumbers.coordinate(x(low)), "y": ReportNumbers.coordinate(y),
         "width": ReportNumbers.coordinate(max(0, x(high) - x(low))), "height": ReportNumbers.coordinate(height)]
    }
}
