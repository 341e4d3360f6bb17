// Validates a Swedish personnummer (YYMMDD-NNNC or YYYYMMDD-NNNC) with the Luhn algorithm.
// Example from the tax agency's documentation: 811218-9876.
export function isValidPersonnummer(input) {
  const digits = input.replace(/\D/g, '').slice(-10);
  if (digits.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

// isValidPersonnummer('811218-9876') === true
// isValidPersonnummer('811218-9875') === false
