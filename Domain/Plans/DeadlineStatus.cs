namespace DanVan.Domain.Plans;

public enum DeadlineState { OnTime, Late, Pending, DueToday, Overdue }

/// <summary>
/// Where something due by a deadline stands: done on time or late by N days, or not done with N days left or
/// N days overdue. A deadline day itself is still on time ("trước/đến ngày 20/4").
/// </summary>
public sealed record DeadlineStatus(DeadlineState State, int Days)
{
    public static DeadlineStatus Of(DateOnly deadline, DateOnly? doneOn, DateOnly today)
    {
        if (doneOn is { } done)
            return done <= deadline ? new(DeadlineState.OnTime, 0) : new(DeadlineState.Late, done.DayNumber - deadline.DayNumber);
        var left = deadline.DayNumber - today.DayNumber;
        return left switch
        {
            > 0 => new(DeadlineState.Pending, left),
            0 => new(DeadlineState.DueToday, 0),
            _ => new(DeadlineState.Overdue, -left),
        };
    }

    public bool IsDone => State is DeadlineState.OnTime or DeadlineState.Late;
}
