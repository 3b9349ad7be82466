// Pictograms that show a value: which day of the week, what time. Drawn in the same style as
// public/pictograms (blue lines on a light tile). Always next to the words that say the same,
// so they are hidden from screen readers.

/** Angles of the clock hands in degrees, 0 = pointing at 12. */
export function clockHands(hour: number, minute: number): { hour: number; minute: number } {
  return { hour: ((hour % 12) + minute / 60) * 30, minute: minute * 6 };
}

/** A week of seven boxes, Monday first; the appointment's day is filled in. */
export function WeekPictogram({ weekday, letters }: { weekday: number; letters: string[] }) {
  return (
    <svg
      className="time-pictogram time-pictogram--week"
      viewBox="0 0 148 40"
      width="148"
      height="40"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="148" height="40" rx="8" fill="#e8f1f5" />
      {letters.map((letter, day) => {
        const x = 4 + day * 20;
        const chosen = day === weekday;
        return (
          <g key={letter}>
            <rect
              x={x}
              y={6}
              width={18}
              height={28}
              rx={3}
              fill={chosen ? "#0b4f6c" : "#ffffff"}
              stroke="#0b4f6c"
              strokeWidth={chosen ? 2 : 1.5}
            />
            <text
              x={x + 9}
              y={24}
              textAnchor="middle"
              fontSize="10"
              fontWeight="700"
              fontFamily="system-ui, sans-serif"
              fill={chosen ? "#ffffff" : "#0b4f6c"}
            >
              {letter}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A clock face with its hands at the time. */
export function ClockPictogram({ hour, minute }: { hour: number; minute: number }) {
  const hands = clockHands(hour, minute);
  return (
    <svg
      className="time-pictogram time-pictogram--clock"
      viewBox="0 0 64 64"
      width="64"
      height="64"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="64" height="64" rx="12" fill="#e8f1f5" />
      <circle cx="32" cy="32" r="25" fill="#ffffff" stroke="#0b4f6c" strokeWidth="3.5" />
      {Array.from({ length: 12 }, (_, i) => (
        <line
          key={i}
          x1="32"
          y1="10"
          x2="32"
          y2={i % 3 === 0 ? 15 : 13}
          stroke="#0b4f6c"
          strokeWidth="2.5"
          strokeLinecap="round"
          transform={`rotate(${i * 30} 32 32)`}
        />
      ))}
      <line
        x1="32"
        y1="32"
        x2="32"
        y2="19"
        stroke="#0b4f6c"
        strokeWidth="4.5"
        strokeLinecap="round"
        transform={`rotate(${hands.hour} 32 32)`}
      />
      <line
        x1="32"
        y1="32"
        x2="32"
        y2="13"
        stroke="#0b4f6c"
        strokeWidth="3"
        strokeLinecap="round"
        transform={`rotate(${hands.minute} 32 32)`}
      />
      <circle cx="32" cy="32" r="3" fill="#ffbf47" stroke="#0b4f6c" strokeWidth="1.5" />
    </svg>
  );
}
