import { clockHands } from "./TimePictograms";

it("points the clock hands at the time", () => {
  expect(clockHands(3, 0)).toEqual({ hour: 90, minute: 0 });
  expect(clockHands(14, 30)).toEqual({ hour: 75, minute: 180 });
});
