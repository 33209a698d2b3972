using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Common;

/// <summary>
/// The data-annotation errors of one object, each prefixed with its configuration key: options validators
/// call it for every item of their lists, since <c>ValidateDataAnnotations</c> does not recurse into lists.
/// </summary>
public static class AnnotationErrors
{
    /// <summary>Adds the errors of <paramref name="instance"/> to <paramref name="errors"/>, except those about <paramref name="checkedElsewhere"/> members.</summary>
    public static void Add(object instance, string label, List<string> errors, params string[] checkedElsewhere)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true)) return;
        errors.AddRange(results.Where(r => !r.MemberNames.Any(checkedElsewhere.Contains)).Select(r => $"{label}: {r.ErrorMessage}"));
    }
}
