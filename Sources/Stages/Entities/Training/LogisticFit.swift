import Foundation

/// Fits `P(correct) = 1 / (1 + exp(-(slope * x + intercept)))` to samples by
/// Newton's method: how the model's score margins become confidences.
enum LogisticFit {
    /// The slope and intercept for `samples`; (1, 0) when they cannot say
    /// (no samples, or all right or all wrong).
    static func fit(_ samples: [(margin: Double, correct: Bool)]) -> (slope: Double, intercept: Double) {
        let rightCount = samples.filter(\.correct).count
        guard rightCount > 0, rightCount < samples.count else { return (1, 0) }
        var slope = 0.0
        var intercept = 0.0
        // A little ridge keeps the steps finite when the data barely constrain a parameter.
        let ridge = 1e-6
        for _ in 0..<50 {
            var gradient = (0.0, 0.0)
            var hessian = (aa: ridge, ab: 0.0, bb: ridge)
            for sample in samples {
                let probability = 1 / (1 + exp(-(slope * sample.margin + intercept)))
                let error = probability - (sample.correct ? 1 : 0)
                let weight = max(probability * (1 - probability), 1e-12)
                gradient.0 += error * sample.margin
                gradient.1 += error
                hessian.aa += weight * sample.margin * sample.margin
                hessian.ab += weight * sample.margin
                hessian.bb += weight
            }
            let determinant = hessian.aa * hessian.bb - hessian.ab * hessian.ab
            guard determinant > 0 else { break }
            let stepSlope = (hessian.bb * gradient.0 - hessian.ab * gradient.1) / determinant
            let stepIntercept = (hessian.aa * gradient.1 - hessian.ab * gradient.0) / determinant
            slope -= stepSlope
            intercept -= stepIntercept
            if abs(stepSlope) + abs(stepIntercept) < 1e-9 { break }
        }
        return slope > 0 ? (slope, intercept) : (1, 0)
    }
}
