using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;

namespace DanVan.App;

/// <summary>A caller found on the roster, with their unit when they head one.</summary>
public sealed record Identity(Member Member, Unit? Unit);
