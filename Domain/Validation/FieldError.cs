namespace DanVan.Domain.Validation;

/// <summary>Why a submitted field was refused. Texts for users are chosen by the presentation layer.</summary>
public enum ErrorCode
{
    Required,
    MustBePositive,
    NotAWholeNumber,
    Negative,
    TooLarge,
    NotADate,
    OutsidePlanYear,
    InFuture,
    TrainedExceedsTotal,
    SessionsNeeded,
    DateNeeded,
    /// <summary>Text longer than the limit (Limit = max characters).</summary>
    TooLong,
    /// <summary>Not an absolute http:// or https:// link.</summary>
    NotALink,
    /// <summary>A date earlier than another date it must follow (e.g. sent before issued).</summary>
    BeforeRelatedDate,
    /// <summary>A value that is not one of the offered choices.</summary>
    NotAChoice,
    /// <summary>A percentage outside 0–100.</summary>
    NotAPercent,
    /// <summary>A count larger than the count it is part of (Limit = that count), e.g. resolved > received.</summary>
    ExceedsRelated,
    /// <summary>A document number ("số hiệu") without a digit or with characters other than letters, digits, / - . and spaces.</summary>
    NotADocumentNumber,
    /// <summary>A date the unit plan was sent on while the unit says it has not issued one.</summary>
    SentButNotIssued,
    /// <summary>A date before the earliest one accepted (Limit = that year, from 1 January), e.g. a model's start.</summary>
    TooEarly,
    /// <summary>A C0/C1 control character (e.g. Word's Shift+Enter, U+000B); newline and tab only in multi-line fields.</summary>
    ControlCharacter,
    /// <summary>A broken character: a lone surrogate (half an emoji) or U+FFFD, what is left of one.</summary>
    InvalidCharacter,
}

/// <summary>A refused field. <paramref name="Limit"/> carries the bound that was crossed, when there is one.</summary>
public sealed record FieldError(string Field, ErrorCode Code, long? Limit = null);

/// <summary>Either a valid value or the list of field errors; never both.</summary>
public sealed class Validated<T> where T : class
{
    private Validated(T? value, IReadOnlyList<FieldError> errors) => (Value, Errors) = (value, errors);

    public T? Value { get; }
    public IReadOnlyList<FieldError> Errors { get; }
    public bool IsValid => Value is not null;

    public static Validated<T> Ok(T value) => new(value, []);
    public static Validated<T> Fail(IReadOnlyList<FieldError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.") : new(null, errors);
}
