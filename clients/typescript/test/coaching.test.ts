// Coaching against a running server (KITH_URL): a goal planned inline by the
// offline writer, a check-in on one of its habits, and the day's summary.
import { describe, expect, it } from "vitest";

import { coachingv1 } from "../src/node.js";
import { newUser } from "./helpers.js";

const { PlanStatus, Theme } = coachingv1;

describe("coaching", () => {
  it("plans a goal, logs a check-in and shows the habit done today", async () => {
    const { client } = await newUser("coaching");

    const { goal } = await client.goals.createGoal({ title: "Run a 5k", theme: Theme.FITNESS, minutesPerWeek: 120 });
    // The server's offline planner answers within the plan wait.
    expect(goal?.planStatus).toBe(PlanStatus.READY);
    expect(goal?.planJobId).toBe("");
    expect(goal?.habits.length).toBeGreaterThan(0);
    const habitId = goal!.habits[0]!.id;

    const logged = await client.goals.logCheckIn({ habitId, completed: true });
    expect(logged.created).toBe(true);
    expect(logged.checkIn?.habitId).toBe(habitId);
    expect(logged.checkIn?.completed).toBe(true);

    const summary = await client.dashboards.getSummary({});
    expect(summary.activeGoals).toBe(1);
    const today = summary.habits.find((h) => h.habit?.id === habitId);
    expect(today?.goalTitle).toBe("Run a 5k");
    expect(today?.done).toBe(true);
  });
});
