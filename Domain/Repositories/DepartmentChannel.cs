namespace DanVan.Domain.Repositories;

/// <summary>
/// The team channel an office member made the department's channel: where the weekly department picture goes (the
/// only thing DanVan ever posts in a channel). Kept on the team's own shared record (<paramref name="TeamKey"/>
/// "team:{id}"); <paramref name="ReferenceJson"/> is that channel's conversation reference, opaque to the domain.
/// </summary>
public sealed record DepartmentChannel(string TeamKey, string ReferenceJson, string SetBy, DateTimeOffset Since);
