# MISTAKE: no validation: T = 0 returns an empty array, beta_start = 0 or beta_end >= 1 pass silently.
def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    """入力の確認を省いた誤り。"""
    return np.linspace(beta_start, beta_end, max(int(T), 0))
