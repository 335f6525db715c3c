namespace DanVan.Domain.Reviews;

/// <summary>
/// Where a unit's item stands with Văn phòng Sở: nothing submitted; submitted and waiting ("chờ tiếp nhận"); accepted
/// ("đã tiếp nhận"); returned for more ("bị trả lại") until the unit sends it again.
/// </summary>
public enum ReviewState { NotSubmitted, Pending, Accepted, Returned }
