#pragma once

// The test vectors of reference/calendar.md, shared by the WorkCalendar test and the gkml-cli
// workdays test: `n` working days after `from` is `expected` (dates in ISO form).
struct CalendarVector
{
    const char *name;
    const char *from;
    int n;
    const char *expected;
};

inline constexpr CalendarVector kCalendarVectors[] = {
    { "2025 spring festival make-up days", "2025-01-20", 10, "2025-02-08" },
    { "2025 national day", "2025-09-26", 20, "2025-10-30" },
    { "across the year end", "2025-12-31", 20, "2026-01-29" },
    { "2026 spring festival", "2026-02-10", 20, "2026-03-16" },
    { "make-up Sunday 2026-09-20", "2026-09-18", 5, "2026-09-24" },
    { "2024 labour day", "2024-04-30", 3, "2024-05-08" },
    { "2023 into 2024", "2023-12-29", 20, "2024-01-29" },
    { "2020 spring festival extension", "2020-01-20", 20, "2020-02-25" },
};
