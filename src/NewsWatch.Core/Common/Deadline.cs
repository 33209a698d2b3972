namespace NewsWatch.Common;

/// <summary>
/// A time budget that CPU-bound work (feed parsing, page extraction) checks itself, in its loops, against
/// the clock. Not a timer that cancels a token: a timer's callback needs a free thread-pool thread, and a
/// busy small machine is exactly when there is none (on 2 cores a 1 ms budget went unnoticed through a
/// 3 s extraction in 2 runs of 3). The default value has no limit but still honours <see cref="Token"/>.
/// </summary>
public readonly struct Deadline
{
    private readonly TimeProvider? _time;
    private readonly long _started;

    private Deadline(TimeSpan budget, TimeProvider time, CancellationToken token)
    {
        Budget = budget;
        _time = time;
        _started = time.GetTimestamp();
        Token = token;
    }

    /// <summary>How long the work may take.</summary>
    public TimeSpan Budget { get; }

    /// <summary>The caller's own cancellation (shutdown), checked at the same points.</summary>
    public CancellationToken Token { get; }

    /// <summary>A budget of <paramref name="budget"/> from now on <paramref name="time"/>'s clock.</summary>
    public static Deadline Start(TimeSpan budget, TimeProvider time, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new Deadline(budget, time, token);
    }

    /// <summary>No time limit, only <paramref name="token"/>.</summary>
    public static Deadline Unlimited(CancellationToken token = default) => new(token);

    private Deadline(CancellationToken token) => Token = token;

    public bool IsExpired => _time is not null && _time.GetElapsedTime(_started) > Budget;

    /// <exception cref="OperationCanceledException"><see cref="Token"/> was cancelled.</exception>
    /// <exception cref="TimeBudgetExceededException">The budget is spent.</exception>
    public void ThrowIfExpired()
    {
        Token.ThrowIfCancellationRequested();
        if (IsExpired) throw new TimeBudgetExceededException(Budget);
    }
}
